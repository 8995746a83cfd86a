// The one rule every lazily loaded part follows: a failed load shows the element's fallback, the next request tries
// again, and nothing retries by itself (a failure never loops through renders).
import { expect, fixtureSync, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { PsyElement, lazy, track, type Lazy } from '../../packages/core/src/index.js';
import { spyWarnings } from '../helpers/warnings.js';

/** An import settled from outside, counting how often it was asked for. */
function controlledImport() {
  const calls: { resolve(value: string): void; reject(error: Error): void }[] = [];
  const importer = () => new Promise<string>((resolve, reject) => calls.push({ resolve, reject }));
  return { importer, calls };
}

/** A panel whose words load later: the words once loaded, a fallback with "Try again" if they did not. */
class LazyPanel extends PsyElement {
  loader!: Lazy<string>;
  renders = 0;

  protected override firstUpdated(): void {
    track(this, this.loader.load());
  }

  protected renderContent() {
    this.renders++;
    if (this.loader.value) return litHtml`<p>${this.loader.value}</p>`;
    if (!this.loader.failed) return litHtml`<p aria-busy="true">Loading</p>`;
    return litHtml`<p>Call 999 in an emergency.</p>
      <button type="button" @click=${this.retry}>Try again</button>`;
  }

  private retry(): void {
    track(this, this.loader.load());
    this.requestUpdate(); // its place shows while it loads again
  }
}
LazyPanel.define('psy-test-lazy-panel');

const frames = (n: number) =>
  new Promise<void>((done) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : done());
    step(n);
  });

/** Mounts the panel and waits for its first render (not for the part: `updateComplete` would wait for that). */
async function mount(part: Lazy<string>): Promise<LazyPanel> {
  const el = fixtureSync<LazyPanel>(html`<psy-test-lazy-panel .loader=${part}></psy-test-lazy-panel>`);
  await frames(1);
  return el;
}

const text = (el: LazyPanel) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('lazy()', () => {
  it('shows the part once it has loaded, and loads it once for every caller', async () => {
    const { importer, calls } = controlledImport();
    const part = lazy(importer);
    const el = await mount(part);
    const again = part.load();
    expect(calls.length, 'one attempt however often it is asked for').to.equal(1);
    expect(text(el)).to.equal('Loading');
    calls[0]!.resolve('The panel has loaded.');
    expect(await again).to.equal('The panel has loaded.');
    await el.updateComplete;
    expect(text(el)).to.equal('The panel has loaded.');
  });

  it('shows the fallback when the part does not load, and says so in the console', async () => {
    const { importer, calls } = controlledImport();
    const part = lazy(importer, '<psy-test-lazy-panel> did not load, so the fallback shows');
    const el = await mount(part);
    const warnings = spyWarnings();
    try {
      calls[0]!.reject(new Error('offline'));
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(text(el)).to.equal('Call 999 in an emergency. Try again');
    expect(warnings.calls).to.deep.equal([
      '[psy-widgets] <psy-test-lazy-panel> did not load, so the fallback shows: offline',
    ]);
  });

  it('tries again on the next request, and shows the part when that attempt succeeds', async () => {
    const { importer, calls } = controlledImport();
    const el = await mount(lazy(importer));
    calls[0]!.reject(new Error('offline'));
    await el.updateComplete;
    el.shadowRoot!.querySelector('button')!.click();
    expect(calls.length, 'the press asked again').to.equal(2);
    await frames(1);
    expect(text(el), 'its place while it loads again').to.equal('Loading');
    calls[1]!.resolve('Loaded on the second try.');
    await el.updateComplete;
    expect(text(el)).to.equal('Loaded on the second try.');
  });

  it('never retries by itself: a failure does not loop through renders', async () => {
    const { importer, calls } = controlledImport();
    const el = await mount(lazy(importer));
    calls[0]!.reject(new Error('offline'));
    await el.updateComplete;
    const renders = el.renders;
    el.requestUpdate(); // a render for another reason reads the failure, and asks for nothing
    await el.updateComplete;
    await frames(5);
    expect(calls.length, 'attempts').to.equal(1);
    expect(el.renders, 'renders').to.equal(renders + 1);
    expect(text(el)).to.equal('Call 999 in an emergency. Try again');
  });
});
