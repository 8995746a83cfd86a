import { expect } from '@open-wc/testing';
import { $, $$, mount, shown, text } from './helpers.js';

describe('<psy-explainer> sources', () => {
  it('each section can reveal the sources its text cites', async () => {
    const el = await mount({ sections: 'principles' });
    const button = $(el, '#psy-principles [part=sources-toggle]')!;
    expect(text(button)).to.equal('Sources for Core ideas');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const list = $(el, `#${button.getAttribute('aria-controls')}`)!;
    expect(shown(list)).to.be.false;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(list)).to.be.true;
    const items = [...list.querySelectorAll('li')].map(text);
    // the principles cite the Royal College of Psychiatrists and BACP, each named with its kind
    expect(items).to.deep.equal([
      'Professional body: Psychotherapy, counselling, and psychological treatment in the NHS. Royal College of Psychiatrists.',
      'Professional body: Psychodynamic therapy. British Association for Counselling and Psychotherapy (BACP).',
    ]);
    expect(list.querySelectorAll('[part=source-kind]')).to.have.length(2);
    button.click();
    await el.updateComplete;
    expect(shown(list)).to.be.false;
  });

  it('the sources section lists every source the text cites, each once, links on https only', async () => {
    const el = await mount();
    const items = $$(el, '#psy-sources [part=sources] li');
    const titles = items.map(text);
    expect(new Set(titles).size).to.equal(titles.length);
    expect(titles.length).to.be.greaterThan(5);
    for (const link of $$<HTMLAnchorElement>(el, '#psy-sources a')) {
      expect(link.href).to.match(/^https:\/\//);
    }
    expect($(el, '#psy-sources [part=sources-toggle]')).to.equal(null);
  });
});

describe('<psy-explainer> source kinds', () => {
  it('names the kind of every source in the sources section, from guideline to service page', async () => {
    const el = await mount();
    const items = $$(el, '#psy-sources [part=sources] li');
    const kinds = items.map((item) => text(item.querySelector('[part=source-kind]')));
    expect(
      kinds.every((kind) => kind.endsWith(':')),
      kinds.join(' | '),
    ).to.be.true;
    expect(new Set(kinds)).to.include.keys(
      'Guideline:',
      'Systematic review:',
      'Trial:',
      'Professional body:',
      'Service page:',
    );
    expect(kinds).not.to.include('Practice page:');
    const ng222 = items.find((item) => text(item).includes('(NG222)'))!;
    expect(text(ng222)).to.match(/^Guideline: Depression in adults: treatment and management \(NG222\)/);
  });
});
