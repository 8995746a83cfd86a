// Reading what a widget shows: its shadow DOM, its text as a person reads it, and whether a part is on screen.

/** The first match inside a widget's shadow root. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T & HTMLElement>(selector);

/** Every match inside a widget's shadow root. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T & HTMLElement>(selector),
];

/** A node's text with its white space collapsed, as it reads. */
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Whether a node is rendered at all (display: none anywhere up to the shadow root makes it not). */
export const shown = (node: Element | null | undefined) => !!node && node.getClientRects().length > 0;
