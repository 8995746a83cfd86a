import { render, html, type TemplateResult } from 'lit';
import type { PartialContentPack } from '../../packages/content/src/index.js';
import type { PsyExplainer } from '../../packages/explainer/src/index.js';
import '../../packages/explainer/src/index.js';
export { spyWarnings } from '../helpers/warnings.js';

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((box) => box.remove()));

/**
 * Mounts a <psy-explainer> in a box of the given width and colour scheme. (Not open-wc's fixture, which waits for an
 * animation frame that a background test tab in Firefox never gets.)
 */
export async function mount(
  attrs: Record<string, string | number | boolean> = {},
  { content, width, scheme = 'light', children }: Options = {},
): Promise<PsyExplainer> {
  const box = document.createElement('div');
  box.style.cssText = `color-scheme: ${scheme}; background: Canvas; color: CanvasText;${width ? ` width: ${width}px` : ''}`;
  // through Element: the tag map may name the built class (dist) as well as this source one
  const el = document.createElement('psy-explainer') as Element as PsyExplainer;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, '');
    else if (value !== false) el.setAttribute(name, String(value));
  }
  if (content) el.content = content;
  if (children) render(children, el);
  box.append(el);
  document.body.append(box);
  mounted.push(box);
  await el.updateComplete;
  return el;
}

interface Options {
  content?: PartialContentPack | unknown;
  width?: number;
  scheme?: 'light' | 'dark';
  children?: TemplateResult;
}

export const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Whether a node is rendered at all (display: none anywhere up to the shadow root makes it not). */
export const shown = (node: Element | null | undefined) => !!node && node.getClientRects().length > 0;
/** The section headings, as [level, text]. */
export const headings = (el: Element) =>
  $$(el, '[role=heading]').map((h) => [Number(h.getAttribute('aria-level')), text(h)] as const);

/** A clinic's pack: its reviewer on the psychodynamic text, and one more FAQ. */
export const clinicPack: PartialContentPack = {
  therapies: {
    psychodynamic: {
      review: { reviewer: 'Dr A. Example, example clinic', lastReviewed: '2026-12-01', nextReview: '2027-12-01' },
    },
  },
};

/** A pack whose psychodynamic text is past its next review date. */
export const overduePack: PartialContentPack = {
  therapies: { psychodynamic: { review: { lastReviewed: '2020-01-10', nextReview: '2021-01-10' } } },
};

export { html };
