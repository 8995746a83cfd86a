// Copying the code: a visible, announced confirmation, or the code selected for the keyboard when copying is blocked.
import { expect, waitUntil } from '@open-wc/testing';
import { mountConfigurator, type Configurator } from './mount.js';

/** Replaces the page's Clipboard API for one test. */
function fakeClipboard(writeText: (text: string) => Promise<void>): () => void {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return () => delete (navigator as { clipboard?: unknown }).clipboard;
}

describe('embed configurator: copy', () => {
  let c: Configurator;
  let restore: () => void;
  beforeEach(async () => {
    c = await mountConfigurator();
  });
  afterEach(() => {
    restore?.();
  });

  it('copies the exact code and announces it in a status region', async () => {
    let copied = '';
    restore = fakeClipboard(async (text) => {
      copied = text;
    });
    c.copy.click();
    await waitUntil(() => c.status.textContent !== '', 'no confirmation shown');
    expect(copied).to.equal(c.snippet.value);
    expect(c.status.getAttribute('role')).to.equal('status');
    expect(c.status.textContent).to.equal('Copied. Paste the code into your page’s HTML.');
    expect(c.status.checkVisibility()).to.be.true;
  });

  it('announces a second copy again, and clears the confirmation when the code changes', async () => {
    restore = fakeClipboard(async () => {});
    c.copy.click();
    await waitUntil(() => c.status.textContent !== '');
    const first = c.status.textContent;
    c.copy.click();
    await waitUntil(() => c.status.textContent !== first, 'the second copy was not announced');
    expect(c.status.textContent!.trim()).to.equal(first);
    c.control('layout', 'full').click();
    expect(c.status.textContent).to.equal('');
  });

  it('selects the code and says how to copy it when the browser blocks copying', async () => {
    restore = fakeClipboard(() => Promise.reject(new DOMException('blocked', 'NotAllowedError')));
    c.copy.click();
    await waitUntil(() => c.status.textContent !== '');
    expect(c.status.textContent).to.include('press Ctrl+C');
    expect(document.activeElement).to.equal(c.snippet);
    expect(c.snippet.selectionStart).to.equal(0);
    expect(c.snippet.selectionEnd).to.equal(c.snippet.value.length);
  });
});
