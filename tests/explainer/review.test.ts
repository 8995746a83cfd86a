import { expect } from '@open-wc/testing';
import { addSettingsBlock, removeSettings } from '../helpers/page-settings.js';
import { $, mount, text } from './helpers.js';
import { spyWarnings } from '../helpers/warnings.js';

const jsonLd = (el: Element) =>
  JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!) as Record<string, unknown>[];

const REVIEWER = {
  name: 'Dr Ann Example',
  role: 'Clinical psychologist',
  registrationBody: 'HCPC',
  reviewedOn: '2026-12-01',
};

describe('<psy-explainer> review', () => {
  afterEach(() => removeSettings());

  it('without a clinical reviewer: the footer says the practice has not reviewed it, and the JSON-LD has no reviewedBy', async () => {
    const el = await mount({ 'structured-data': true });
    expect(text($(el, '[part=review]')))
      .to.contain('Written by')
      .and.contain('Not yet reviewed by this practice.');
    const page = jsonLd(el)[0]!;
    expect(page).to.not.have.property('reviewedBy');
    expect(page.author).to.deep.equal({ '@type': 'Organization', name: 'psy-widgets content team' });
  });

  it('with the clinic’s reviewer in the page settings: who, their role, their registration and when', async () => {
    addSettingsBlock(JSON.stringify({ reviewer: REVIEWER }));
    const el = await mount({ 'structured-data': true });
    const footer = $(el, '[part=review]')!;
    expect(text(footer)).to.contain(
      'Reviewed for this practice by Dr Ann Example, Clinical psychologist, registered with HCPC on 1 December 2026.',
    );
    expect(footer.querySelector('time[datetime="2026-12-01"]')).to.not.equal(null);
    expect(text(footer)).to.not.contain('Not yet reviewed');
    const page = jsonLd(el)[0]!;
    expect(page.reviewedBy).to.deep.equal({
      '@type': 'Person',
      name: 'Dr Ann Example',
      jobTitle: 'Clinical psychologist',
      memberOf: { '@type': 'Organization', name: 'HCPC' },
    });
    expect(page.lastReviewed).to.equal('2026-12-01');
  });

  it('a reviewer without the date is refused with the usual message, naming the field', async () => {
    const warnings = spyWarnings();
    try {
      const undated: Partial<typeof REVIEWER> = { ...REVIEWER };
      delete undated.reviewedOn;
      addSettingsBlock(JSON.stringify({ reviewer: undated }));
      const el = await mount();
      const problem = text($(el, '[part=problem]'));
      expect(problem).to.contain('"reviewer.reviewedOn": expected a value here (this field is required)');
      expect(warnings.calls.join('\n')).to.contain('reviewer.reviewedOn');
    } finally {
      warnings.restore();
    }
  });
});
