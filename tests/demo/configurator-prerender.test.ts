// The embed configurator's pre-rendered option: the render command for the chosen options, beside the plain snippet,
// with when to run it again.
import { expect, waitUntil } from '@open-wc/testing';
import 'psy-widgets';
import { choose, mountConfigurator, type, type Configurator } from './mount.js';

describe('embed configurator: pre-rendered output', () => {
  let c: Configurator;
  let restoreClipboard: (() => void) | undefined;
  beforeEach(async () => {
    c = await mountConfigurator();
  });
  afterEach(() => {
    restoreClipboard?.();
    restoreClipboard = undefined;
    c.root.remove();
    document.getElementById('psy-widgets-settings')?.remove();
  });

  const command = () => c.root.querySelector<HTMLTextAreaElement>('#cfg-command')!;
  const note = () => c.root.querySelector('#cfg-prerender-note')!.textContent!;

  it('shows the pinned render command for the element in the snippet, under a heading, labelled', () => {
    expect(command().value).to.equal(
      `npx psy-widgets@0.1.0 render '<psy-explainer therapy="psychodynamic" layout="accordion"></psy-explainer>'`,
    );
    expect(c.snippet.value.split('\n').at(-1)).to.equal(command().value.match(/'(.*)'$/)![1]);
    expect(command().labels[0]!.textContent).to.equal('Command');
    expect(command().readOnly).to.be.true;
    const heading = c.root.querySelector('#prerender-title')!;
    expect(heading.textContent).to.include('Pre-rendered');
    expect(command().checkVisibility()).to.be.true;
  });

  it('says when to run it again: a new release, or the content’s next review date', () => {
    expect(note()).to.include('psy-widgets 0.1.0');
    expect(note()).to.include('new release');
    expect(note()).to.include('next due for review on 23 November 2027');
    expect(command().getAttribute('aria-describedby')).to.include('cfg-prerender-note');
  });

  it('follows the chosen widget and options, and passes the page-wide region to the command', () => {
    c.control('widget', 'psy-self-check').click();
    choose(c.control<HTMLSelectElement>('region'), 'GB-SCT');
    expect(command().value).to.equal(
      `npx psy-widgets@0.1.0 render '<psy-self-check therapy="psychodynamic"></psy-self-check>' --region GB-SCT`,
    );
    // the comparison shows no helplines, so it takes no region
    c.control('widget', 'psy-compare').click();
    expect(command().value).to.equal(`npx psy-widgets@0.1.0 render '<psy-compare></psy-compare>'`);
  });

  it('quotes a link with an apostrophe so the shell passes it whole', () => {
    c.control('layout', 'summary').click();
    type(c.control('more-href'), "/clinic's-approach");
    expect(command().value).to.include(`more-href="/clinic'\\''s-approach"`);
    expect(command().value).to.match(/^npx psy-widgets@0\.1\.0 render '<psy-explainer .*><\/psy-explainer>'$/);
  });

  it('copies the command and says what to do with it, apart from the snippet’s status', async () => {
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (text: string) => void (copied = text) },
      configurable: true,
    });
    restoreClipboard = () => delete (navigator as { clipboard?: unknown }).clipboard;
    c.root.querySelector<HTMLButtonElement>('#cfg-copy-command')!.click();
    const status = c.root.querySelector('#cfg-command-status')!;
    await waitUntil(() => status.textContent !== '', 'no confirmation shown');
    expect(copied).to.equal(command().value);
    expect(status.textContent).to.include('Paste the command into a terminal');
    expect(c.status.textContent).to.equal('');
  });
});
