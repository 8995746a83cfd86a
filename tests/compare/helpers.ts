import type { PartialContentPack } from '../../packages/content/src/index.js';
import type { PsyCompare } from '../../packages/compare/src/index.js';
import '../../packages/compare/src/index.js';
export { spyWarnings } from '../helpers/warnings.js';

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((box) => box.remove()));

/**
 * Mounts a <psy-compare> inside a box of the given width and colour scheme. (Not open-wc's fixture, which waits for
 * an animation frame that a background test tab in Firefox never gets.)
 */
export async function mount(
  width: number,
  attrs: Record<string, string | boolean> = {},
  content?: PartialContentPack,
  scheme: 'light' | 'dark' = 'light',
): Promise<PsyCompare> {
  const box = document.createElement('div');
  box.style.cssText = `width: ${width}px; color-scheme: ${scheme}; background: Canvas; color: CanvasText`;
  // through Element: the tag map may name the built class (dist) as well as this source one
  const el = document.createElement('psy-compare') as Element as PsyCompare;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, '');
    else if (value !== false) el.setAttribute(name, value);
  }
  if (content) el.content = content;
  box.append(el);
  document.body.append(box);
  mounted.push(box);
  await el.updateComplete;
  return el;
}

export const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;
export const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
export const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Whether a node is rendered at all (display: none anywhere up to the shadow root makes it not). */
export const shown = (node: Element | null) => !!node && (node as HTMLElement).getClientRects().length > 0;

const example = 'Example text from the clinic, to be replaced with its own words.';

/** A clinic's pack that adds a third approach, written as clearly labelled example text. */
export const counsellingPack: PartialContentPack = {
  therapies: {
    counselling: {
      id: 'counselling',
      name: 'Counselling (example clinic text)',
      shortName: 'Counselling (example)',
      summary: example,
      overview: [{ type: 'paragraph', text: [example], sources: [] }],
      sections: [],
      faq: [],
      review: { lastReviewed: '2026-11-01', nextReview: '2027-11-01', reviewer: null, author: 'Example clinic' },
    },
  },
  comparison: {
    counselling: {
      focus: { summary: ['Example: what our counselling sessions focus on.'], sources: [] },
      'time-orientation': { summary: ['Example: how our counsellors look at past and present.'], sources: [] },
      structure: {
        summary: ['Example: how our sessions are organised.'],
        detail: ['Example: more about how sessions are organised.'],
        sources: [],
      },
    },
  },
};
