// A clinic's page may load psy-widgets twice (the CDN file and a bundled copy, or the same tag pasted twice), and may
// place the elements before or after the script. Uses the built CDN file, as a clinic would (npm test builds first).
import { expect, html } from '@open-wc/testing';
import { mount } from '../helpers/mount.js';
import { spyWarnings } from '../helpers/warnings.js';

const cdn = (query = '') => new URL(`/packages/psy-widgets/cdn/psy-widgets.js${query}`, location.origin).href;

describe('the CDN file on a real page', () => {
  it('upgrades elements that were in the page before the script loaded', async () => {
    const el = await mount(html`<psy-explainer layout="summary"></psy-explainer>`);
    expect(customElements.get('psy-explainer')).to.equal(undefined);
    await import(/* @vite-ignore */ cdn());
    await customElements.whenDefined('psy-explainer');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Psychodynamic');
  });

  it('loaded a second time, registers nothing twice, warns about nothing, and keeps working', async () => {
    const first = customElements.get('psy-explainer');
    const warnings = spyWarnings();
    try {
      // another URL makes the browser run a whole second copy, as a second script tag or a bundled copy would
      await import(/* @vite-ignore */ cdn('?copy=2'));
    } finally {
      warnings.restore();
    }
    expect(customElements.get('psy-explainer')).to.equal(first);
    expect(warnings.calls).to.deep.equal([]);
    const el = await mount(html`<psy-compare></psy-compare>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('table, [role="table"], section')).to.exist;
  });
});
