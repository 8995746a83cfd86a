// The self-check's urgent help takes its region as every element does (see tests/core/region.test.ts).
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { PsyHelpNow } from '../../packages/core/src/index.js';
import { pageSettings } from '../../packages/core/src/settings/check.js';
import { addSettingsBlock, removeSettings } from '../helpers/page-settings.js';
import { pinTimeZone } from '../helpers/time-zone.js';
import { $, mount } from './helpers.js';

async function pressHelp(template = html`<psy-self-check></psy-self-check>`) {
  const el = await mount(template);
  // the panel's module checks the page's settings as soon as it has loaded, before anyone can press for help
  const block = document.getElementById('psy-widgets-settings');
  await waitUntil(() => !block || pageSettings().settings.region, 'the page settings should be checked');
  const crisis = oneEvent(el, 'psy-crisis');
  $(el, '[part="urgent"]')!.click();
  const { region } = (await crisis).detail as { region: string };
  await el.updateComplete;
  const help = $(el, '[part="help"] psy-help-now') as PsyHelpNow;
  await help.updateComplete;
  return { region, help: help.shadowRoot!.textContent! };
}

describe('<psy-self-check> urgent-help region', () => {
  let unpin: () => void;
  beforeEach(() => (unpin = pinTimeZone('UTC')));
  afterEach(() => {
    unpin();
    removeSettings();
  });

  it('without a region of its own, takes the clinic’s page-wide default (a UK nation)', async () => {
    addSettingsBlock('{"region": "GB-SCT"}');
    const { region, help } = await pressHelp();
    expect(region).to.equal('GB-SCT');
    expect(help).to.contain('Breathing Space').and.contain('Services in Scotland');
  });

  it('without either, takes the visitor’s time zone', async () => {
    unpin();
    unpin = pinTimeZone('Europe/Dublin');
    const { region, help } = await pressHelp();
    expect(region).to.equal('IE');
    expect(help).to.contain('Call 112');
  });

  it('its own region wins over the page’s default', async () => {
    addSettingsBlock('{"region": "GB-SCT"}');
    const { region, help } = await pressHelp(html`<psy-self-check region="GB-NIR"></psy-self-check>`);
    expect(region).to.equal('GB-NIR');
    expect(help).to.contain('0808 808 8000').and.not.contain('Breathing Space');
  });
});
