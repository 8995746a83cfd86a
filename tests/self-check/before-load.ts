// Helpers for the tests of what the self-check loads after its first render. Unlike helpers.ts, this module does not
// import the self-check's index (which starts those loads itself): each test file defines the class on its own.
import type { PsySelfCheck } from '../../packages/self-check/src/psy-self-check.js';

/** Resolves after the element's next render. Awaiting it runs no other task, so no file can arrive meanwhile. */
export function renders(el: PsySelfCheck): () => Promise<void> {
  let done: (() => void) | undefined;
  el.addController({ hostUpdated: () => done?.() });
  return () => new Promise<void>((resolve) => (done = resolve));
}

export const buttonNamed = (el: PsySelfCheck, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;
