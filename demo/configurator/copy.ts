// Copies the snippet with the Clipboard API and says so in a live region. Where copying is not allowed, the code is
// selected in its text box instead and the visitor is told to copy it with the keyboard.

export const COPIED = 'Copied. Paste the code into your page’s HTML.';
export const COMMAND_COPIED = 'Copied. Paste the command into a terminal and press Enter.';
export const SELECTED = 'Copying was blocked by the browser. The code is selected: press Ctrl+C, or ⌘C on a Mac.';

/** Sets a live region's text so it is announced, even when the text is the same as last time. */
export function announce(status: HTMLElement, message: string): void {
  status.textContent = status.textContent === message ? `${message}\u00a0` : message;
}

export async function copySnippet(
  textarea: HTMLTextAreaElement,
  status: HTMLElement,
  clipboard: Pick<Clipboard, 'writeText'> | undefined = navigator.clipboard,
  copied = COPIED,
): Promise<boolean> {
  try {
    if (!clipboard) throw new Error('no Clipboard API');
    await clipboard.writeText(textarea.value);
    announce(status, copied);
    return true;
  } catch {
    textarea.focus();
    textarea.select();
    announce(status, SELECTED);
    return false;
  }
}
