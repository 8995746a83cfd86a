import { html, type TemplateResult } from 'lit';
import '../../packages/self-check/src/index.js';
import type { PsySelfCheck } from '../../packages/self-check/src/index.js';
import { questionSets } from '../../packages/content/src/packs/en-GB/self-check.js';
import { mount as mountTemplate } from '../helpers/mount.js';
import { $, $$ } from '../helpers/dom.js';
export { $, $$ } from '../helpers/dom.js';
export { focusOf } from '../helpers/keyboard.js';

export const defaultSet = questionSets.preferences!;

/** The button with this visible text. */
export function button(el: Element, name: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === name);
  if (!found) throw new Error(`no button "${name}" in ${$$(el, 'button').map((b) => b.textContent!.trim())}`);
  return found;
}

export async function click(el: PsySelfCheck, name: string): Promise<void> {
  button(el, name).click();
  await el.updateComplete;
}

export const legend = (el: Element) => $(el, 'legend')?.textContent?.trim();
export const liveText = (el: Element) => $(el, '[role="status"]')!.textContent!.trim();

/** Picks the option with this id on the question showing, as a click on its label would. */
export async function choose(el: PsySelfCheck, optionId: string): Promise<void> {
  const input = $$<HTMLInputElement>(el, 'input[type=radio]').find((i) => i.value === optionId);
  if (!input) throw new Error(`no option "${optionId}" on "${legend(el)}"`);
  (input.closest('label') as HTMLElement).click();
  await el.updateComplete;
}

/** Mounts a page part whose first element is (or holds) a <psy-self-check>, rendered. */
export const mount = (template: TemplateResult = html`<psy-self-check></psy-self-check>`) =>
  mountTemplate<PsySelfCheck>(template);

/** Answers the questions from the one showing on, with the given option ids, pressing Next (or See my result). */
export async function answerFromHere(el: PsySelfCheck, options: readonly string[]): Promise<void> {
  for (const option of options) {
    await choose(el, option);
    const last = $$(el, 'button').some((b) => b.textContent!.trim() === 'See my result');
    await click(el, last ? 'See my result' : 'Next');
  }
}

/** Starts and answers every question with the given option ids, in order. */
export async function answerAll(el: PsySelfCheck, options: readonly string[]): Promise<void> {
  await click(el, 'Start');
  await answerFromHere(el, options);
}

/** Answers to the default set, in order: each leaning towards how psychodynamic therapy usually works, where one does. */
export const towardsPsychodynamic = ['me', 'a-lot', 'past', 'support', 'understand', 'longer', 'steady'] as const;
/** Answers leaning towards how CBT usually works, where one does. */
export const towardsCbt = ['therapist', 'less', 'now', 'challenge', 'skills', 'short', 'steady'] as const;
/** Answers pointing both ways: neither therapy ahead by the set's margin, so both are shown as options. */
export const mixedAnswers = ['me', 'less', 'past', 'challenge', 'both', 'short', 'up-and-down'] as const;

export type { PsySelfCheck };
