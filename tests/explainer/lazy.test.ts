// What loads after the first render must not show: no default text while a clinic's content is checked, and the
// urgent-help panel ready before anyone asks for it.
import { expect, waitUntil } from '@open-wc/testing';
import type { PsyExplainer } from '../../packages/explainer/src/index.js';
import { $, spyWarnings, text } from './helpers.js';
import { mount } from '../helpers/mount.js';

/** Mounts an explainer with `content`, and records its title after every render, from the first ('' for none). */
async function mountRecording(content: unknown): Promise<{ el: PsyExplainer; titles: string[] }> {
  const titles: string[] = [];
  const el = await mount<PsyExplainer>('psy-explainer', {
    props: { content },
    beforeConnect: (el) =>
      (el as PsyExplainer).addController({ hostUpdated: () => titles.push(text($(el, '[part=title]'))) }),
  });
  return { el, titles };
}

describe('<psy-explainer> parts that load later', () => {
  // first in this file: nothing has asked for the panel yet
  it('loads the urgent-help panel when the page is idle after the first render, before any click', async () => {
    expect(customElements.get('psy-help-now')).to.equal(undefined);
    await mountRecording(undefined);
    await waitUntil(() => customElements.get('psy-help-now'), 'the panel should load without a click', {
      timeout: 4000,
    });
  });

  // before any test here has loaded CBT's text (the content checks below load it too)
  it('keeps the place of CBT’s text while it loads, then shows it', async () => {
    const firstRenders: { busy: boolean; height: number }[] = [];
    const el = await mount<PsyExplainer>('psy-explainer', {
      attrs: { therapy: 'cbt' },
      beforeConnect: (el) =>
        (el as PsyExplainer).addController({
          hostUpdated: () => {
            if (firstRenders.length) return;
            const pending = el.shadowRoot!.querySelector('[part=pending]');
            firstRenders.push({ busy: pending?.getAttribute('aria-busy') === 'true', height: el.offsetHeight });
          },
        }),
    });
    expect(firstRenders[0]!.busy, 'the first render waits for the text').to.equal(true);
    expect(firstRenders[0]!.height).to.be.greaterThan(400);
    expect(text($(el, '[part=title]'))).to.equal('Cognitive behavioural therapy (CBT)');
    expect(el.shadowRoot!.querySelector('[part=pending]')).to.equal(null);
  });

  it('never shows the default text while a clinic’s own text is checked', async () => {
    const { el, titles } = await mountRecording({ therapies: { psychodynamic: { name: 'Example clinic title' } } });
    expect(text($(el, '[part=title]'))).to.equal('Example clinic title');
    expect(titles.length).to.be.greaterThan(1); // rendered before the check finished, and after
    expect(titles.filter((title) => title !== '' && title !== 'Example clinic title')).to.deep.equal([]);
  });

  it('a bad content pack still shows its message once checked, with one console warning', async () => {
    const warnings = spyWarnings();
    try {
      const { el } = await mountRecording({ therapies: 5 });
      expect(text($(el, '[role=status]'))).to.contain('.content: "therapies": expected an object, but found 5.');
      expect(warnings.calls).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});
