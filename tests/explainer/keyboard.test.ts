import { expect } from '@open-wc/testing';
import { $, $$, mount, shown } from './helpers.js';
import { focused, press, skipWithoutFocus, tab } from '../helpers/keyboard.js';

describe('<psy-explainer> by keyboard alone', () => {
  // Firefox sends keys and focus only to the window that has focus; with test pages side by side, some lack it
  beforeEach(function () {
    skipWithoutFocus(this);
  });

  it('accordion: Tab reaches each section button in order; Enter opens, Space closes, focus stays', async () => {
    const el = await mount({ layout: 'accordion', sections: 'principles techniques', 'no-help-link': true });
    const [first, second] = $$(el, '[part=toggle]');
    first!.focus();
    await press('Tab');
    expect(focused(el)).to.equal(second);
    await press('Enter');
    await el.updateComplete;
    expect(second!.getAttribute('aria-expanded')).to.equal('true');
    expect(shown($(el, '#psy-techniques-panel'))).to.be.true;
    await press(' ');
    await el.updateComplete;
    expect(second!.getAttribute('aria-expanded')).to.equal('false');
    expect(shown($(el, '#psy-techniques-panel'))).to.be.false;
    expect(focused(el)).to.equal(second);
  });

  it('accordion: inside an open section, Tab reaches its terms and then its sources button', async () => {
    const el = await mount({ layout: 'accordion', sections: 'techniques', 'no-help-link': true });
    const toggle = $(el, '[part=toggle]')!;
    toggle.focus();
    await press('Enter');
    await el.updateComplete;
    await press('Tab');
    // the first glossary term in the section
    expect(focused(el)!.localName).to.equal('psy-term');
    const sourcesButton = $(el, '#psy-techniques [part=sources-toggle]')!;
    const terms = $$(el, '#psy-techniques psy-term').length;
    await tab(terms); // past the other terms, to the sources button
    expect(focused(el)).to.equal(sourcesButton);
    await press('Enter');
    await el.updateComplete;
    expect(sourcesButton.getAttribute('aria-expanded')).to.equal('true');
    expect(shown($(el, '#psy-techniques-sources'))).to.be.true;
  });

  it('summary: Enter on "Read more" shows the sections and moves focus to the first heading', async () => {
    const el = await mount({ layout: 'summary', 'no-help-link': true });
    $(el, '[part=read-more]')!.focus();
    await press('Enter');
    await el.updateComplete;
    expect(shown($(el, '.sections'))).to.be.true;
    expect(focused(el)).to.equal($(el, 'section [role=heading]'));
    await press('Tab');
    expect(focused(el)).to.not.equal(null);
  });

  it('"If you need help now" opens the help panel with Enter; Tab then reaches its call links', async () => {
    const el = await mount({ layout: 'summary', region: 'GB' });
    const link = $(el, '[part=help-link]')!;
    link.focus();
    await press('Enter');
    await el.updateComplete;
    expect(link.getAttribute('aria-expanded')).to.equal('true');
    const help = $(el, 'psy-help-now')!;
    await (help as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shown(help)).to.be.true;
    await press('Tab');
    expect(focused(el)).to.equal(help);
    expect(help.shadowRoot!.activeElement!.getAttribute('href')).to.match(/^tel:/);
  });
});
