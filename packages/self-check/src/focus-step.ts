/**
 * Moves focus to what a new step shows first (`selector` in the element's shadow root) and keeps "I need help now" in
 * view: when the header has left the top of the view (its scroll-margin keeps a sticky site header clear) or the new
 * step ends below it, the header comes to the top, with the step under it. False when there is nothing to focus yet.
 */
export function focusStep(root: ParentNode, selector: string): boolean {
  const element = root.querySelector<HTMLElement>(selector);
  if (!element) return false;
  element.focus({ preventScroll: true });
  const header = root.querySelector<HTMLElement>('.header')!;
  const margin = parseFloat(getComputedStyle(header).scrollMarginTop) || 0;
  if (header.getBoundingClientRect().top < margin || element.getBoundingClientRect().bottom > innerHeight) {
    header.scrollIntoView({ block: 'start' });
  }
  return true;
}
