import { expect, oneEvent } from '@open-wc/testing';
import { $, $$, mount, shown, text } from './helpers.js';

describe('<psy-explainer> layouts', () => {
  it('full: every section open, with plain headings (no buttons)', async () => {
    const el = await mount({ layout: 'full' });
    expect($$(el, 'section').every((section) => shown(section.querySelector('.panel')))).to.be.true;
    expect($$(el, '[part=toggle]')).to.have.length(0);
  });

  it('accordion: each heading holds a collapsed disclosure button that controls its panel', async () => {
    const el = await mount({ layout: 'accordion' });
    const sections = $$(el, 'section');
    expect(sections).to.have.length.greaterThan(5);
    for (const section of sections) {
      const button = section.querySelector('[role=heading] > button')!;
      expect(button, text(section)).to.exist;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const panel = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      expect(section.contains(panel)).to.be.true;
      expect(shown(panel)).to.be.false;
    }
    // the overview is always there
    expect(shown($(el, '.overview'))).to.be.true;
  });

  it('accordion: a click opens a section, another closes it, each with a psy-toggle event', async () => {
    const el = await mount({ layout: 'accordion' });
    const button = $<HTMLButtonElement>(el, '#psy-techniques [part=toggle]')!;
    const panel = $(el, '#psy-techniques-panel')!;
    setTimeout(() => button.click());
    const opened = await oneEvent(el, 'psy-toggle');
    expect(opened.detail).to.deep.equal({ section: 'techniques', open: true });
    expect(opened.bubbles && opened.composed).to.be.true;
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(panel)).to.be.true;
    expect(text(panel)).to.contain('Your therapist adapts the work to you');
    setTimeout(() => button.click());
    const closed = await oneEvent(el, 'psy-toggle');
    expect(closed.detail).to.deep.equal({ section: 'techniques', open: false });
    await el.updateComplete;
    expect(shown(panel)).to.be.false;
  });

  it('summary: the overview and "Read more"; the sections wait behind it', async () => {
    const el = await mount({ layout: 'summary' });
    expect(shown($(el, '.overview'))).to.be.true;
    expect(shown($(el, '.sections'))).to.be.false;
    const more = $<HTMLButtonElement>(el, 'button[part=read-more]')!;
    expect(text(more)).to.equal('Read more about Psychodynamic therapy');
    // "about …" is for screen readers: out of sight
    expect(more.querySelector('.visually-hidden')!.getBoundingClientRect().width).to.be.at.most(1);
    more.click();
    await el.updateComplete;
    expect(shown($(el, '.sections'))).to.be.true;
    expect($(el, '[part=read-more]')).to.equal(null);
    // focus moves to the first new heading, not lost with the removed button
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'section .h'));
  });

  it('summary with more-href: "Read more" is a link to the clinic’s page', async () => {
    const el = await mount({ layout: 'summary', 'more-href': '/our-approach' });
    const link = $<HTMLAnchorElement>(el, 'a[part=read-more]')!;
    expect(link.getAttribute('href')).to.equal('/our-approach');
    expect(text(link)).to.equal('Read more about Psychodynamic therapy');
  });

  it('switching layout keeps the content', async () => {
    const el = await mount({ layout: 'accordion' });
    el.layout = 'full';
    await el.updateComplete;
    expect($$(el, '[part=toggle]')).to.have.length(0);
    expect($$(el, 'section').every((section) => shown(section.querySelector('.panel')))).to.be.true;
  });
});
