import { waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { PsyTerm } from '../../packages/core/src/define/psy-term.js';
import '../../packages/core/src/define/psy-term.js';
export { spyWarnings } from '../helpers/warnings.js';

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((root) => root.remove()));

/**
 * Mounts some copy and returns it with its <psy-term>s, rendered. (Not open-wc's fixture: for a plain element it
 * waits for an animation frame, which a background tab in Firefox never gets.)
 */
export async function mount(template: TemplateResult): Promise<{ root: HTMLElement; terms: PsyTerm[] }> {
  const root = document.createElement('div');
  render(template, root);
  document.body.append(root);
  mounted.push(root);
  const terms = [...root.querySelectorAll<PsyTerm>('psy-term')];
  await Promise.all(terms.map((term) => term.updateComplete));
  return { root, terms };
}

export const trigger = (term: PsyTerm) => term.shadowRoot!.querySelector('button')!;
export const popover = (term: PsyTerm) => term.shadowRoot!.querySelector<HTMLElement>('[part=popover]')!;
/** Whether the definition is on screen (shown in the top layer and laid out). */
export const isOpen = (term: PsyTerm) =>
  (CSS.supports('selector(:popover-open)') ? popover(term).matches(':popover-open') : !popover(term).hidden) &&
  popover(term).getClientRects().length > 0;
/** The centre of an element, in viewport pixels, for sendMouse. */
export const centre = (el: Element): [number, number] => {
  const r = el.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};
/** Waits until floating-ui has placed the popover (it computes asynchronously) where `expected` says. */
export const placed = (term: PsyTerm, expected = (rect: DOMRect) => rect.top !== 0 || rect.left !== 0) =>
  waitUntil(() => expected(popover(term).getBoundingClientRect()), 'the definition should be positioned');

/** Firefox sends keys and focus only to the window that has focus; with test pages side by side, some lack it. */
export function skipWithoutFocus(test: Mocha.Context): void {
  if (!document.hasFocus()) test.skip();
}
