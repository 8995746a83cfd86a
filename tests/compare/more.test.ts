import { expect } from '@open-wc/testing';
import { $, $$, counsellingPack, mount, shown, text } from './helpers.js';
import { focused, press, skipWithoutFocus } from '../helpers/keyboard.js';

describe('<psy-compare> "More" details', () => {
  // Firefox sends keys and focus only to the window that has focus; with test pages side by side, some lack it
  beforeEach(function () {
    skipWithoutFocus(this);
  });

  for (const [layout, width] of [
    ['wide', 1000],
    ['narrow', 320],
  ] as const) {
    it(`${layout}: a button per detail, named for its cell, collapsed at first`, async () => {
      const el = await mount(width, { aspects: 'length' });
      const buttons = $$(el, layout === 'wide' ? 'table [part=more]' : '[part=groups] [part=more]');
      expect(buttons).to.have.length(2);
      const button = buttons[1]!;
      expect(button.localName).to.equal('button');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(text(button)).to.equal('More about Psychodynamic: Typical length and frequency');
      const detail = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      expect(detail).to.exist;
      expect(shown(detail)).to.be.false;
      expect(text(detail)).to.contain('Brief forms: about 16 to 20 sessions');
    });

    it(`${layout}: opens and closes with Enter and Space, keeping focus`, async () => {
      const el = await mount(width, { aspects: 'length' });
      const button = $$(el, layout === 'wide' ? 'table [part=more]' : '[part=groups] [part=more]')[0]!;
      const detail = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      button.focus();
      expect(focused(el) === button, 'the button keeps focus').to.be.true;
      await press('Enter');
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(shown(detail)).to.be.true;
      expect(text(detail)).to.match(/^In NHS Talking Therapies, many people start with 4 to 8 sessions/);
      await press(' ');
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(shown(detail)).to.be.false;
      expect(focused(el) === button, 'the button keeps focus').to.be.true;
    });
  }

  it('reaches every "More" button with Tab, in reading order', async () => {
    const el = await mount(1000, { aspects: 'length' });
    // a detail in both cells, and CBT's cell cites three linked sources between them
    const buttons = $$(el, 'table [part=more]');
    expect(buttons).to.have.length(2);
    buttons[0]!.focus();
    const links: string[] = [];
    for (let i = 0; i < 3; i++) {
      await press('Tab');
      links.push(text(focused(el)));
    }
    expect(links).to.deep.equal([
      'Types of talking therapy',
      'Cognitive behavioural therapy (CBT)',
      'Talking Therapies: professionals area',
    ]);
    await press('Tab');
    expect(focused(el) === buttons[1], 'the second "More" button has focus').to.be.true;
  });

  it('has no button where a statement has no detail', async () => {
    const el = await mount(1000, { aspects: 'focus', therapies: 'cbt psychodynamic counselling' }, counsellingPack);
    const cells = $$(el, 'td');
    expect(cells).to.have.length(3);
    expect(cells[0]!.querySelectorAll('[part=more]')).to.have.length(1);
    expect(cells[2]!.querySelectorAll('[part=more]')).to.have.length(0);
  });

  it('keeps a detail open when the layout changes', async () => {
    const el = await mount(1000, { aspects: 'length' });
    $(el, 'table [part=more]')!.click();
    await el.updateComplete;
    el.parentElement!.style.width = '320px';
    const button = $(el, '[part=groups] [part=more]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!))).to.be.true;
  });

  it('gives the buttons a target of at least 24 by 24 pixels', async () => {
    const el = await mount(320, { aspects: 'length' });
    const box = $(el, '[part=groups] [part=more]')!.getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
  });
});
