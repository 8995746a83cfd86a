import { expect } from '@open-wc/testing';
import { headings, mount } from './helpers.js';

describe('<psy-explainer> heading structure', () => {
  for (const level of [2, 3, 4, 5, 6]) {
    for (const layout of ['full', 'accordion', 'summary']) {
      it(`heading-level=${level}, ${layout}: title at ${level}, every section one level below`, async () => {
        const el = await mount({ 'heading-level': level, layout });
        const [title, ...sections] = headings(el);
        expect(title).to.deep.equal([level, 'Psychodynamic therapy']);
        expect(sections.length).to.be.greaterThan(5);
        expect(sections.every(([l]) => l === level + 1)).to.be.true;
      });
    }
  }

  it('the urgent-help panel’s headings sit below the title', async () => {
    const el = await mount({ 'heading-level': 3, region: 'GB' });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=help-link]')!.click();
    await el.updateComplete;
    const help = el.shadowRoot!.querySelector('psy-help-now')!;
    await help.updateComplete;
    const level = Number(help.shadowRoot!.querySelector('[role=heading]')!.getAttribute('aria-level'));
    expect(level).to.equal(4);
  });
});
