import { expect, html } from '@open-wc/testing';
import '../../packages/core/src/define/psy-help-now.js';
import type { PsyHelpNow } from '../../packages/core/src/index.js';
import { mount } from '../helpers/mount.js';
import { expectNoAxeViolations } from '../helpers/axe.js';

const root = (el: PsyHelpNow) => el.shadowRoot!;
const text = (el: PsyHelpNow) => (root(el).querySelector('[part="panel"]') as HTMLElement).innerText;
const hrefs = (el: PsyHelpNow) => [...root(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
const headings = (el: PsyHelpNow) =>
  [...root(el).querySelectorAll('[part="line"] [role="heading"]')].map((h) => h.textContent!.trim());
const young = (el: PsyHelpNow) =>
  [...root(el).querySelectorAll('[part="young-people"] [part="line"] [role="heading"]')].map((h) =>
    h.textContent!.trim(),
  );

async function panel(region: string): Promise<PsyHelpNow> {
  return mount<PsyHelpNow>(html`<psy-help-now region=${region}></psy-help-now>`);
}

describe('<psy-help-now> in the UK, nation by nation', () => {
  it('England: 999, NHS 111 option 2, Samaritans, Shout, and Childline for young people', async () => {
    const el = await panel('GB-ENG');
    expect(text(el)).to.contain('Services in England');
    expect(headings(el)).to.deep.equal(['NHS 111, mental health option', 'Samaritans', 'Shout', 'Childline']);
    expect(young(el)).to.deep.equal(['Childline']);
    expect(hrefs(el)).to.deep.equal(['tel:999', 'tel:111', 'tel:116123', 'sms:85258?&body=SHOUT', 'tel:08001111']);
    await expectNoAxeViolations(el);
  });

  it('Wales: NHS 111 Wales option 2, with no hours claimed where its page gave none', async () => {
    const el = await panel('GB-WLS');
    expect(text(el)).to.contain('Services in Wales');
    expect(headings(el)).to.deep.equal(['NHS 111 Wales, mental health option', 'Samaritans', 'Shout', 'Childline']);
    const wales = root(el).querySelector('[part="line"]') as HTMLElement;
    expect(wales.innerText).to.contain('Call 111, then choose option 2');
    expect(wales.innerText).to.not.contain('Open:');
  });

  it('Scotland: NHS 24 on 111 and Breathing Space with its evening and weekend hours', async () => {
    const el = await panel('GB-SCT');
    expect(text(el)).to.contain('Services in Scotland');
    expect(headings(el)).to.deep.equal(['NHS 24', 'Breathing Space', 'Samaritans', 'Shout', 'Childline']);
    expect(hrefs(el)).to.include('tel:0800838587');
    expect(text(el)).to.contain('Open: Monday to Thursday 6pm to 2am, and Friday 6pm to Monday 6am');
    expect(text(el)).to.not.contain('option 2');
  });

  it('Northern Ireland: Lifeline on 0808 808 8000, not the English 111 option', async () => {
    const el = await panel('GB-NIR');
    expect(text(el)).to.contain('Services in Northern Ireland');
    expect(headings(el)).to.deep.equal(['Lifeline', 'Samaritans', 'Shout', 'Childline']);
    expect(hrefs(el)).to.include('tel:08088088000');
    expect(hrefs(el)).to.not.include('tel:111');
  });

  it('plain GB lists every UK line, each nation’s own named with its nation', async () => {
    const el = await panel('GB');
    expect(text(el)).to.contain('Services in the United Kingdom');
    expect(headings(el)).to.deep.equal([
      'NHS 111, mental health option (England)',
      'NHS 111 Wales, mental health option (Wales)',
      'NHS 24 (Scotland)',
      'Breathing Space (Scotland)',
      'Lifeline (Northern Ireland)',
      'Samaritans',
      'Shout',
      'Childline',
    ]);
    await expectNoAxeViolations(el);
  });

  it('takes a nation in any case, with no problem shown', async () => {
    const el = await panel('gb-sct');
    expect(el.effectiveRegion).to.equal('GB-SCT');
    expect(text(el)).to.contain('Breathing Space');
    expect(root(el).querySelector('[part="problem"]')).to.equal(null);
  });

  it('refuses a UK code that is not a nation, naming the accepted codes, and still shows the UK-wide lines', async () => {
    const el = await panel('GB-XYZ');
    expect(headings(el)).to.deep.equal(['Samaritans', 'Shout', 'Childline']);
    expect(hrefs(el)[0]).to.equal('tel:999');
    const problem = (root(el).querySelector('[part="problem"]') as HTMLElement).innerText;
    expect(problem).to.contain('region="GB-XYZ" is not accepted').and.contain('GB-ENG, GB-SCT, GB-WLS or GB-NIR');
  });
});
