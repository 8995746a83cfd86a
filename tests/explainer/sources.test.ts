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
    // the principles cite cd, launder, pdblog, bateman and o2o
    expect(items).to.have.length(5);
    expect(items.some((item) => item.startsWith('Introduction to Psychotherapy'))).to.be.true;
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
