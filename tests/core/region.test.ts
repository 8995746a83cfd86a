import { expect, html } from '@open-wc/testing';
import '../../packages/core/src/define/psy-help-now.js';
import type { PsyHelpNow } from '../../packages/core/src/index.js';
import { resolveFully } from '../../packages/core/src/region/rules.js';
import { regionOfTimeZone } from '../../packages/core/src/region/time-zones.js';
import { addSettingsBlock, removeSettings } from '../helpers/page-settings.js';
import { pinTimeZone } from '../helpers/time-zone.js';
import { mount } from '../helpers/mount.js';

// Every zone of tzdata's zone.tab for the regions with helplines: each must give its own region.
const ZONE_TAB: Record<string, string> = {
  GB: 'Europe/London',
  IE: 'Europe/Dublin',
  ZA: 'Africa/Johannesburg',
  NZ: 'Pacific/Auckland Pacific/Chatham',
  AU:
    'Antarctica/Macquarie Australia/Adelaide Australia/Brisbane Australia/Broken_Hill Australia/Darwin ' +
    'Australia/Eucla Australia/Hobart Australia/Lindeman Australia/Lord_Howe Australia/Melbourne Australia/Perth ' +
    'Australia/Sydney',
  CA:
    'America/Atikokan America/Blanc-Sablon America/Cambridge_Bay America/Creston America/Dawson ' +
    'America/Dawson_Creek America/Edmonton America/Fort_Nelson America/Glace_Bay America/Goose_Bay America/Halifax ' +
    'America/Inuvik America/Iqaluit America/Moncton America/Rankin_Inlet America/Regina America/Resolute ' +
    'America/St_Johns America/Swift_Current America/Toronto America/Vancouver America/Whitehorse America/Winnipeg',
  US:
    'America/Adak America/Anchorage America/Boise America/Chicago America/Denver America/Detroit ' +
    'America/Indiana/Indianapolis America/Indiana/Knox America/Indiana/Marengo America/Indiana/Petersburg ' +
    'America/Indiana/Tell_City America/Indiana/Vevay America/Indiana/Vincennes America/Indiana/Winamac ' +
    'America/Juneau America/Kentucky/Louisville America/Kentucky/Monticello America/Los_Angeles America/Menominee ' +
    'America/Metlakatla America/New_York America/Nome America/North_Dakota/Beulah America/North_Dakota/Center ' +
    'America/North_Dakota/New_Salem America/Phoenix America/Sitka America/Yakutat Pacific/Honolulu',
};

async function inLang(lang: string, attrs = ''): Promise<PsyHelpNow> {
  const box = await mount<HTMLElement>(
    html`<div lang=${lang}><psy-help-now region=${attrs || ''}></psy-help-now></div>`,
  );
  const el = box.querySelector('psy-help-now')!;
  await el.updateComplete;
  return el;
}

describe('region resolution', () => {
  let unpin: (() => void) | undefined;
  afterEach(() => {
    unpin?.();
    unpin = undefined;
    removeSettings();
  });

  describe('the visitor’s time zone', () => {
    it('maps every zone of each region with helplines to that region', () => {
      for (const [region, zones] of Object.entries(ZONE_TAB)) {
        for (const zone of zones.split(' ')) expect(regionOfTimeZone(zone), zone).to.equal(region);
      }
    });

    it('maps the older names browsers still report, and Belfast to Northern Ireland', () => {
      expect(regionOfTimeZone('America/Indianapolis')).to.equal('US');
      expect(regionOfTimeZone('America/Louisville')).to.equal('US');
      expect(regionOfTimeZone('America/Montreal')).to.equal('CA');
      expect(regionOfTimeZone('US/Eastern')).to.equal('US');
      expect(regionOfTimeZone('Canada/Pacific')).to.equal('CA');
      expect(regionOfTimeZone('Australia/NSW')).to.equal('AU');
      expect(regionOfTimeZone('Eire')).to.equal('IE');
      expect(regionOfTimeZone('NZ')).to.equal('NZ');
      expect(regionOfTimeZone('Europe/Belfast')).to.equal('GB-NIR');
    });

    it('gives no region for a place elsewhere (not a neighbour’s lines), and says nothing for UTC or offsets', () => {
      for (const zone of ['Europe/Paris', 'America/Mexico_City', 'America/Sao_Paulo', 'Asia/Kolkata', 'Pacific/Fiji']) {
        expect(regionOfTimeZone(zone), zone).to.equal('');
      }
      for (const zone of ['UTC', 'Etc/UTC', 'Etc/GMT+1', 'GMT', ''])
        expect(regionOfTimeZone(zone), zone).to.equal(undefined);
    });
  });

  describe('the order, shown in the panel', () => {
    it('4. the page’s lang, when the time zone names no place', async () => {
      unpin = pinTimeZone('UTC');
      const el = await inLang('en-IE');
      expect(resolveFully(el)).to.deep.equal({ code: 'IE', from: 'lang' });
      expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('tel:112');
    });

    it('4. the page’s lang, when the browser cannot tell its time zone', async () => {
      unpin = pinTimeZone(undefined);
      const el = await inLang('en-NZ');
      expect(resolveFully(el)).to.deep.equal({ code: 'NZ', from: 'lang' });
    });

    it('3. the visitor’s time zone over the page’s lang: a UK clinic’s page with lang="en" shows UK lines', async () => {
      unpin = pinTimeZone('Europe/London');
      const el = await inLang('en');
      expect(resolveFully(el)).to.deep.equal({ code: 'GB', from: 'time-zone' });
      expect(el.shadowRoot!.querySelector('[part="emergency"] a')!.getAttribute('href')).to.equal('tel:999');
    });

    it('3. a visitor in a place without helplines gets the general advice, even on an en-GB page', async () => {
      unpin = pinTimeZone('Europe/Paris');
      const el = await inLang('en-GB');
      expect(resolveFully(el)).to.deep.equal({ code: '', from: 'time-zone' });
      expect(el.shadowRoot!.querySelector('[part="advice"]')).to.not.equal(null);
    });

    it('2. the clinic’s page-wide default over the time zone', async () => {
      unpin = pinTimeZone('Europe/London');
      addSettingsBlock('{"region": "GB-SCT"}');
      const el = await inLang('en-GB');
      expect(resolveFully(el)).to.deep.equal({ code: 'GB-SCT', from: 'page' });
      expect(el.shadowRoot!.textContent).to.contain('Breathing Space');
    });

    it('1. the element’s own region over everything', async () => {
      unpin = pinTimeZone('Europe/London');
      addSettingsBlock('{"region": "GB-SCT"}');
      const el = await inLang('en-GB', 'gb-nir');
      expect(resolveFully(el, el.region)).to.deep.equal({ code: 'GB-NIR', from: 'region' });
      expect(el.shadowRoot!.textContent).to.contain('0808 808 8000');
    });
  });
});
