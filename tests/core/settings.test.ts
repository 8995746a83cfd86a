import { expect, html } from '@open-wc/testing';
import '../../packages/core/src/define/psy-help-now.js';
import type { PsyHelpNow } from '../../packages/core/src/index.js';
import { setPageSettings } from '../../packages/core/src/settings/source.js';
import { addSettingsBlock, removeSettings } from '../helpers/page-settings.js';
import { pinTimeZone } from '../helpers/time-zone.js';
import { spyWarnings } from '../helpers/warnings.js';
import { mount } from '../helpers/mount.js';

const panelText = (el: PsyHelpNow) => (el.shadowRoot!.querySelector('[part="panel"]') as HTMLElement).innerText;
const problemText = (el: PsyHelpNow) =>
  (el.shadowRoot!.querySelector('[part="problem"]') as HTMLElement | null)?.innerText ?? '';

async function panel(region?: string): Promise<PsyHelpNow> {
  const el = await mount<PsyHelpNow>(html`<psy-help-now region=${region ?? ''}></psy-help-now>`);
  await el.updateComplete;
  return el;
}

describe('page-wide settings', () => {
  let warnings: ReturnType<typeof spyWarnings>;
  let unpin: () => void;
  beforeEach(() => {
    warnings = spyWarnings();
    unpin = pinTimeZone('UTC');
  });
  afterEach(() => {
    warnings.restore();
    unpin();
    removeSettings();
  });

  it('a JSON block in the page sets the default region of every panel', async () => {
    addSettingsBlock('{ "region": "GB-WLS" }');
    const el = await panel();
    expect(el.effectiveRegion).to.equal('GB-WLS');
    expect(panelText(el)).to.contain('NHS 111 Wales');
    expect(warnings.calls).to.deep.equal([]);
  });

  it('setPageSettings() from code wins over the block, and undefined goes back to it', async () => {
    addSettingsBlock('{ "region": "GB-WLS" }');
    setPageSettings({ region: 'IE' });
    expect((await panel()).effectiveRegion).to.equal('IE');
    setPageSettings(undefined);
    expect((await panel()).effectiveRegion).to.equal('GB-WLS');
  });

  it('a block that is not JSON: the panel still helps, with a visible note and one console warning', async () => {
    addSettingsBlock('{ region: GB-SCT }');
    const el = await mount<HTMLElement>(html`<div lang="en-GB"><psy-help-now></psy-help-now></div>`);
    const help = el.querySelector('psy-help-now')!;
    await help.updateComplete;
    expect(panelText(help)).to.contain('Call 999');
    expect(problemText(help)).to.contain('The page settings (#psy-widgets-settings)').and.contain('as JSON');
    expect(warnings.calls).to.have.length(1);
    expect(warnings.calls[0]).to.contain('#psy-widgets-settings').and.contain('{"region": "GB-SCT"}');
  });

  it('a region it does not accept is named with what is accepted; the rest of the settings still apply', async () => {
    addSettingsBlock(
      '{ "region": "Scotland", "reviewer": { "name": "Dr Ann Example", "role": "Clinical psychologist", "reviewedOn": "2026-12-01" } }',
    );
    const el = await panel();
    expect(problemText(el)).to.contain('"region": expected a two-letter region code').and.contain('GB-SCT');
    expect(problemText(el)).to.contain('"Scotland"');
    expect(warnings.calls.join('\n')).to.contain('"region"').and.contain('"Scotland"');
    expect(panelText(el)).to.contain('call your local emergency number');
  });

  it('a field it does not know is named, so a misspelling is caught', async () => {
    addSettingsBlock('{ "regoin": "GB" }');
    const el = await panel();
    expect(problemText(el)).to.contain('regoin').and.contain('no field with this name');
  });
});
