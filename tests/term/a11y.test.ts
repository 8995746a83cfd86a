import { expect, html } from '@open-wc/testing';
import { expectNoAxeViolations, schemes } from '../helpers/axe.js';
import { mount, placed, popover, skipWithoutFocus, trigger } from './helpers.js';
import { press } from '../helpers/keyboard.js';

for (const scheme of schemes) {
  describe(`<psy-term> accessibility (${scheme})`, () => {
    const page = html`<div style="color-scheme: ${scheme}; background: Canvas; color: CanvasText; padding: 2rem">
      <p>We often notice <psy-term term="transference">transference</psy-term> early on.</p>
    </div>`;

    it('passes axe closed and open', async () => {
      const { root, terms } = await mount(page);
      await expectNoAxeViolations(root);
      trigger(terms[0]!).click();
      await terms[0]!.updateComplete;
      await placed(terms[0]!);
      await expectNoAxeViolations(root);
    });

    it('the definition reads clearly: its own surface and text colours', async () => {
      const { terms } = await mount(page);
      trigger(terms[0]!).click();
      await terms[0]!.updateComplete;
      const style = getComputedStyle(popover(terms[0]!));
      expect(style.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
      expect(style.color).to.not.equal(style.backgroundColor);
      expect(style.fontWeight).to.equal('400');
    });
  });
}

describe('<psy-term> target and focus', () => {
  it('the words are a target at least 24px tall, with a visible keyboard focus ring', async function () {
    skipWithoutFocus(this);
    const { terms } = await mount(html`<p style="line-height: 1.2">A <psy-term term="cbt">CBT</psy-term> course.</p>`);
    const button = trigger(terms[0]!);
    const rect = button.getBoundingClientRect();
    expect(rect.height).to.be.at.least(24);
    expect(rect.width).to.be.at.least(24);
    await press('Tab');
    expect(terms[0]!.shadowRoot!.activeElement).to.equal(button);
    const style = getComputedStyle(button);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('marks the words as a term with an underline, not by colour alone', async () => {
    const { terms } = await mount(html`<p>A <psy-term term="cbt">CBT</psy-term> course.</p>`);
    const style = getComputedStyle(trigger(terms[0]!));
    expect(style.textDecorationLine).to.equal('underline');
  });
});
