/** Where focus goes after a step: its title, question, first or chosen answer, crisis heading or result. */
export type FocusTarget = 'title' | 'question' | 'answers' | 'crisis' | 'result';

/**
 * Moves focus to the step's target and keeps "I need help now" in view: when the header has left the top of the view
 * (its scroll-margin keeps a sticky site header clear) or the new step ends below it, the header comes to the top,
 * with the step under it. False when the target is not shown (yet).
 */
export function focusStep(root: HTMLElement | DocumentFragment, target: FocusTarget): boolean {
  const element =
    target === 'answers'
      ? root.querySelector<HTMLElement>('input:checked, input')
      : root.querySelector<HTMLElement>(`#${target}`);
  if (!element) return false;
  element.focus({ preventScroll: true });
  const header = root.querySelector<HTMLElement>('.header')!;
  const margin = parseFloat(getComputedStyle(header).scrollMarginTop) || 0;
  if (header.getBoundingClientRect().top < margin || element.getBoundingClientRect().bottom > innerHeight) {
    header.scrollIntoView({ block: 'start' });
  }
  return true;
}
