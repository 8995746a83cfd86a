import { expect, html } from '@open-wc/testing';
import '../../packages/core/src/define/psy-help-now.js';
import type { PsyHelpNow } from '../../packages/core/src/index.js';
import { helplines } from '../../packages/content/src/packs/en-GB/helplines.js';
import { mount } from '../helpers/mount.js';
import { expectNoAxeViolations } from '../helpers/axe.js';

const root = (el: PsyHelpNow) => el.shadowRoot!;
const text = (el: PsyHelpNow) => (root(el).querySelector('[part="panel"]') as HTMLElement).innerText;
const links = (el: PsyHelpNow) =>
  [...root(el).querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href'), text: a.textContent!.trim() }));

async function panel(region: string): Promise<PsyHelpNow> {
  return mount<PsyHelpNow>(html`<psy-help-now region=${region}></psy-help-now>`);
}

describe('<psy-help-now> beyond the UK', () => {
  it('Ireland: 112 or 999, then Samaritans', async () => {
    const el = await panel('IE');
    expect(text(el)).to.contain('Call 112 or 999 if a life is at risk');
    expect(links(el)).to.deep.equal([
      { href: 'tel:112', text: 'Call 112' },
      { href: 'tel:116123', text: 'Call 116 123' },
    ]);
  });

  it('Canada: 911, then 9-8-8 by call or text', async () => {
    const el = await panel('CA');
    expect(links(el)).to.deep.equal([
      { href: 'tel:911', text: 'Call 911' },
      { href: 'tel:988', text: 'Call 988' },
      { href: 'sms:988', text: 'Text 988' },
    ]);
    expect(text(el)).to.contain('9-8-8 Suicide Crisis Helpline');
  });

  it('New Zealand: 111, then Lifeline Aotearoa', async () => {
    const el = await panel('NZ');
    expect(links(el)).to.deep.equal([
      { href: 'tel:111', text: 'Call 111' },
      { href: 'tel:0800543354', text: 'Call 0800 543 354' },
    ]);
  });

  it('South Africa: the SADAG lines, and no emergency number that was not checked on an official page', async () => {
    const el = await panel('ZA');
    const emergency = root(el).querySelector('[part="emergency"]') as HTMLElement;
    expect(emergency.innerText).to.contain('call your local emergency number');
    expect(emergency.querySelector('a')).to.equal(null);
    expect(links(el)).to.deep.equal([
      { href: 'tel:0800567567', text: 'Call 0800 567 567' },
      { href: 'tel:0800456789', text: 'Call 0800 456 789' },
      { href: 'sms:31393', text: 'Text 31393' },
    ]);
    await expectNoAxeViolations(el);
  });

  it('Australia: 000, Lifeline by phone and by text, and Kids Helpline for young people', async () => {
    const el = await panel('AU');
    expect(links(el)).to.deep.equal([
      { href: 'tel:000', text: 'Call 000' },
      { href: 'tel:131114', text: 'Call 13 11 14' },
      { href: 'sms:0477131114', text: 'Text 0477 13 11 14' },
      { href: 'tel:1800551800', text: 'Call 1800 55 1800' },
    ]);
    const group = root(el).querySelector('[part="young-people"]') as HTMLElement;
    expect(group.innerText).to.contain('For children and young people').and.contain('Kids Helpline');
    await expectNoAxeViolations(el);
  });

  it('anywhere else: the emergency advice and a way to find a local line', async () => {
    const el = await panel('DE');
    expect(text(el)).to.contain('If a life is at risk, call your local emergency number now.');
    expect(text(el)).to.contain('search online for "crisis line" and the name of your country');
  });

  it('ships every line with its provider’s https page and the day it was read', () => {
    for (const [region, help] of Object.entries(helplines)) {
      for (const line of help.lines) {
        expect(line.url, `${region} ${line.id}`).to.match(/^https:\/\/[^/]+\//);
        expect(line.verifiedOn, `${region} ${line.id}`).to.match(/^2026-(11|12)-\d\d$/);
      }
    }
  });
});
