import { expect } from '@open-wc/testing';
import { $, $$, mount } from './helpers.js';
import { focused, press, skipWithoutFocus } from '../helpers/keyboard.js';
import { expectNoAxeViolations, schemes } from '../helpers/axe.js';

/** Opens everything a visitor can open: sections, their sources, the help panel. */
async function openAll(el: HTMLElement & { updateComplete: Promise<unknown> }) {
  $(el, '[part=read-more]')?.click();
  await el.updateComplete;
  for (const button of $$(el, '[part=toggle], [part=sources-toggle], [part=help-link]')) {
    button.click();
    await el.updateComplete;
  }
  const help = $(el, 'psy-help-now') as (HTMLElement & { updateComplete: Promise<unknown> }) | null;
  await help?.updateComplete;
}

for (const scheme of schemes) {
  for (const layout of ['full', 'accordion', 'summary']) {
    describe(`<psy-explainer> axe: ${layout}, ${scheme}`, () => {
      it('no violations as first shown', async () => {
        const el = await mount({ layout, region: 'GB' }, { scheme });
        await expectNoAxeViolations(el, scheme);
      });

      it('no violations with everything opened', async () => {
        const el = await mount({ layout, region: 'GB', therapy: 'cbt' }, { scheme });
        await openAll(el);
        expect($$(el, '[aria-expanded=false]')).to.have.length(0);
        await expectNoAxeViolations(el, scheme);
      });
    });
  }
}

describe('<psy-explainer> targets, focus and small screens', () => {
  it('controls are big enough to tap: section buttons 44px, smaller buttons 24px', async () => {
    const el = await mount({ layout: 'accordion', region: 'GB' });
    for (const toggle of $$(el, '[part=toggle]')) expect(toggle.getBoundingClientRect().height).to.be.at.least(44);
    $(el, '[part=toggle]')!.click();
    await el.updateComplete;
    for (const small of $$(el, '[part=sources-toggle], [part=help-link]')) {
      const rect = small.getBoundingClientRect();
      if (!rect.height) continue; // in a closed section
      expect(rect.height).to.be.at.least(24);
      expect(rect.width).to.be.at.least(24);
    }
    expect($$(el, '[part=sources-toggle]').some((b) => b.getBoundingClientRect().height >= 24)).to.be.true;
  });

  it('a keyboard user sees where focus is', async function () {
    const el = await mount({ layout: 'accordion', sections: 'principles techniques' });
    $(el, '[part=toggle]')!.focus();
    await press('Tab');
    const toggle = focused(el)!;
    expect(toggle.getAttribute('part')).to.equal('toggle');
    // Firefox matches :focus only in the window that has focus; test pages run side by side there
    skipWithoutFocus(this);
    const style = getComputedStyle(toggle);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  for (const layout of ['full', 'accordion', 'summary']) {
    it(`${layout}: fits a 320px screen with no sideways scrolling`, async () => {
      const el = await mount({ layout, region: 'GB' }, { width: 320 });
      await openAll(el);
      const box = el.parentElement!;
      box.style.overflow = 'auto';
      expect(box.scrollWidth).to.be.at.most(320);
      const title = $(el, '[part=title]')!;
      expect(parseFloat(getComputedStyle(title).fontSize)).to.be.greaterThan(
        parseFloat(getComputedStyle($(el, '.overview p')!).fontSize),
      );
    });
  }

  it('body text keeps to a readable measure and the page’s font', async () => {
    const el = await mount({}, { width: 1400 });
    el.parentElement!.style.fontFamily = 'Georgia, serif';
    const p = $(el, '.overview p')!;
    expect(getComputedStyle(p).fontFamily).to.equal('Georgia, serif');
    const ch = parseFloat(getComputedStyle(p).fontSize);
    expect(p.getBoundingClientRect().width).to.be.below(ch * 50);
  });
});
