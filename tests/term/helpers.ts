import { waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { PsyTerm } from '../../packages/core/src/define/psy-term.js';
import '../../packages/core/src/define/psy-term.js';
import { mount as mountTemplate } from '../helpers/mount.js';
export { skipWithoutFocus } from '../helpers/keyboard.js';
export { spyWarnings } from '../helpers/warnings.js';

/** Mounts some copy and returns its box with the <psy-term>s in it, rendered. */
export async function mount(template: TemplateResult): Promise<{ root: HTMLElement; terms: PsyTerm[] }> {
  const root = (await mountTemplate(template)).parentElement!;
  return { root, terms: [...root.querySelectorAll<PsyTerm>('psy-term')] };
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
