// A keyboard user, through the browser's own input (sendKeys), and where their focus is.
import { sendKeys } from '@web/test-runner-commands';

/** Presses one key (`'Tab'`, `'Enter'`, `' '`, `'ArrowDown'`, `'Escape'`) as a real key press. */
export const press = (key: string) => sendKeys({ press: key });

/** Presses Tab `times` times. (WebKit's WebDriver can only press keys, not hold Shift: no Shift+Tab here.) */
export async function tab(times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await press('Tab');
}

/** The element that has focus inside a widget's shadow root, if any. */
export const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

/** What has focus inside a widget, as `tag#id` or `tag "text"`: strings keep failing assertions readable. */
export function focusOf(el: Element): string {
  const active = focused(el);
  if (!active) return 'nothing';
  return `${active.localName}${active.id ? `#${active.id}` : ` "${active.textContent!.trim()}"`}`;
}

/**
 * Skips a test that needs keys or `:focus`: Firefox sends them only to the window that has focus, and test pages run
 * side by side there.
 */
export function skipWithoutFocus(test: Mocha.Context): void {
  if (!document.hasFocus()) test.skip();
}
