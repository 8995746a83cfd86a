import { expect, html } from '@open-wc/testing';
import '../../packages/core/src/define/psy-help-now.js';
import type { PsyHelpNow } from '../../packages/core/src/index.js';
import { pinTimeZone } from '../helpers/time-zone.js';
import { spyWarnings } from '../helpers/warnings.js';
import { mount } from '../helpers/mount.js';
import { expectNoAxeViolations } from '../helpers/axe.js';

const root = (el: PsyHelpNow) => el.shadowRoot!;
const text = (el: PsyHelpNow) => (root(el).querySelector('[part="panel"]') as HTMLElement).innerText;
const links = (el: PsyHelpNow) =>
  [...root(el).querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href'), text: a.textContent!.trim() }));

describe('<psy-help-now>', () => {
  let warnings: ReturnType<typeof spyWarnings>;
  let unpin: () => void;
  beforeEach(() => {
    warnings = spyWarnings();
    unpin = pinTimeZone('UTC'); // a time zone that names no place, so lang decides
  });
  afterEach(() => {
    warnings.restore();
    unpin();
  });

  it('lists the emergency number first, then each helpline with tap-to-call and tap-to-text links', async () => {
    const el = await mount<PsyHelpNow>(html`<psy-help-now region="GB-ENG"></psy-help-now>`);
    expect(links(el)).to.deep.equal([
      { href: 'tel:999', text: 'Call 999' },
      { href: 'tel:111', text: 'Call 111, then choose the mental health option (option 2)' },
      { href: 'tel:116123', text: 'Call 116 123' },
      { href: 'sms:85258?&body=SHOUT', text: 'Text SHOUT to 85258' },
      { href: 'tel:08001111', text: 'Call 0800 1111' },
    ]);
    const shown = text(el);
    expect(shown).to.contain('Call 999 or go to A&E if a life is at risk');
    expect(shown).to.contain('Samaritans');
    expect(shown).to.contain('Free, private support from a trained listener');
    expect(shown).to.contain('Open: 24 hours a day, every day');
    expect(shown.indexOf('999')).to.be.lessThan(shown.indexOf('Samaritans'));
    expect(warnings.calls).to.deep.equal([]);
    await expectNoAxeViolations(el);
  });

  it('gives every link a large target', async () => {
    const el = await mount<PsyHelpNow>(html`<psy-help-now region="GB"></psy-help-now>`);
    for (const a of root(el).querySelectorAll('a')) {
      const box = a.getBoundingClientRect();
      expect(box.height, a.textContent!).to.be.at.least(44);
      expect(box.width, a.textContent!).to.be.at.least(44);
    }
  });

  it('lists the US lines: 911 first, then 988 by call and by text', async () => {
    const el = await mount<PsyHelpNow>(html`<psy-help-now region="US"></psy-help-now>`);
    expect(links(el)).to.deep.equal([
      { href: 'tel:911', text: 'Call 911' },
      { href: 'tel:988', text: 'Call 988' },
      { href: 'sms:988', text: 'Text 988' },
    ]);
    expect(text(el)).to.contain('988 Suicide & Crisis Lifeline');
    await expectNoAxeViolations(el);
  });

  it('takes the region from the nearest lang, never from a lookup', async () => {
    const wrapper = await mount<HTMLElement>(html`<div lang="en-US"><psy-help-now></psy-help-now></div>`);
    const el = wrapper.querySelector('psy-help-now')!;
    await el.updateComplete;
    expect(el.effectiveRegion).to.equal('US');
    expect(links(el)[0]).to.deep.equal({ href: 'tel:911', text: 'Call 911' });

    wrapper.lang = 'en-GB';
    el.requestUpdate();
    await el.updateComplete;
    expect(el.effectiveRegion).to.equal('GB');
    expect(links(el)[0]).to.deep.equal({ href: 'tel:999', text: 'Call 999' });
  });

  it('falls back to the local emergency number for a region without helplines, with a console note', async () => {
    const el = await mount<PsyHelpNow>(html`<psy-help-now region="FR"></psy-help-now>`);
    expect(text(el)).to.contain('If a life is at risk, call your local emergency number now.');
    expect(text(el)).to.contain('To find a crisis line near you, ask a doctor or a pharmacist.');
    expect(links(el)).to.deep.equal([]);
    expect(root(el).querySelector('[part="problem"]')).to.equal(null);
    expect(warnings.calls).to.have.length(1);
    expect(warnings.calls[0]).to.contain('"FR"').and.contain('GB, IE, US, CA, NZ, ZA, AU');
    await expectNoAxeViolations(el);
  });

  it('still shows the fallback for an invalid region, with a visible note for the website team after it', async () => {
    const el = await mount<PsyHelpNow>(html`<psy-help-now region="XX"></psy-help-now>`);
    expect(text(el)).to.contain('call your local emergency number');
    const problem = root(el).querySelector('[part="problem"]') as HTMLElement;
    expect(problem.innerText).to.contain('region="XX" is not accepted');
    const panel = root(el).querySelector('[part="panel"]')!;
    expect(panel.compareDocumentPosition(problem) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(warnings.calls.join('\n')).to.contain('region="XX"');
    await expectNoAxeViolations(el);
  });

  it('shows the general advice when no region can be found from lang, and says how to set one', async () => {
    const wrapper = await mount<HTMLElement>(html`<div lang="en"><psy-help-now></psy-help-now></div>`);
    const el = wrapper.querySelector('psy-help-now')!;
    await el.updateComplete;
    expect(text(el)).to.contain('call your local emergency number');
    expect(warnings.calls.join('\n')).to.contain('no region').and.contain('lang="en-GB"');
  });

  it('still lists the bundled helplines when .content is invalid, with the problem shown after them', async () => {
    const el = await mount<PsyHelpNow>(
      html`<psy-help-now region="GB" .content=${{ helplines: { GB: { lines: 'none' } } } as never}></psy-help-now>`,
    );
    expect(links(el)[0]).to.deep.equal({ href: 'tel:999', text: 'Call 999' });
    expect((root(el).querySelector('[part="problem"]') as HTMLElement).innerText).to.contain('helplines.GB.lines');
  });

  it('still lists the helplines for a heading level out of range, with the problem named after them', async () => {
    const el = await mount<PsyHelpNow>(html`<psy-help-now region="GB" heading-level="9"></psy-help-now>`);
    expect(links(el)[0]).to.deep.equal({ href: 'tel:999', text: 'Call 999' });
    expect((root(el).querySelector('[part="problem"]') as HTMLElement).innerText).to.contain(
      'heading-level="9" is not accepted; use a whole number from 1 to 5.',
    );
    expect(warnings.calls).to.have.length(1);
    expect(warnings.calls[0]).to.contain('heading-level="9"');
  });

  it('takes a region from .content', async () => {
    const content = {
      helplines: {
        NZ: {
          region: 'NZ',
          name: 'New Zealand',
          emergency: { number: '111', label: 'Call 111 if a life is at risk' },
          lines: [
            {
              id: 'need-to-talk',
              name: 'Need to talk? 1737',
              phone: '1737',
              sms: '1737',
              hours: 'Any time',
              purpose: 'Talk or text with a trained counsellor.',
              url: 'https://1737.org.nz/',
              verifiedOn: '2026-01-01',
            },
          ],
        },
      },
    };
    const el = await mount<PsyHelpNow>(html`<psy-help-now region="nz" .content=${content}></psy-help-now>`);
    // merged over the bundled lines for New Zealand: a line with a new id is added after them
    expect(links(el)).to.deep.equal([
      { href: 'tel:111', text: 'Call 111' },
      { href: 'tel:0800543354', text: 'Call 0800 543 354' },
      { href: 'tel:1737', text: 'Call 1737' },
      { href: 'sms:1737', text: 'Text 1737' },
    ]);
    expect(warnings.calls).to.deep.equal([]);
  });

  it('puts its heading at the level asked for, each helpline one below', async () => {
    const el = await mount<PsyHelpNow>(html`<psy-help-now region="GB-ENG" heading-level="3"></psy-help-now>`);
    const headings = [...root(el).querySelectorAll('[role="heading"]')];
    expect(headings[0]!.textContent).to.equal('Help now');
    expect(headings[0]!.getAttribute('aria-level')).to.equal('3');
    // three lines, then the young people's group with its line one level below
    expect(headings.slice(1).map((h) => h.getAttribute('aria-level'))).to.deep.equal(['4', '4', '4', '4', '5']);
    expect(headings[4]!.textContent!.trim()).to.equal('For children and young people');
    const section = root(el).querySelector('section')!;
    expect(root(el).getElementById(section.getAttribute('aria-labelledby')!)!.textContent).to.equal('Help now');
  });

  it('has no axe violations in dark mode', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div style="color-scheme: dark; background: #000"><psy-help-now region="GB"></psy-help-now></div>`,
    );
    const el = wrapper.querySelector('psy-help-now')!;
    await el.updateComplete;
    expect(getComputedStyle(el).backgroundColor).to.not.equal('rgb(255, 255, 255)');
    await expectNoAxeViolations(el);
  });
});
