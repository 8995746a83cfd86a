import { expect } from '@open-wc/testing';
import { $, $$, counsellingPack, mount, shown } from './helpers.js';
import { surfaceOf, toRgb } from '../helpers/color.js';
import { expectNoAxeViolations, schemes } from '../helpers/axe.js';

/** Opens every "More" detail in the layout on show. */
async function openAll(el: HTMLElement & { updateComplete: Promise<unknown> }) {
  for (const button of $$(el, '[part=more]').filter(shown)) {
    button.click();
    await el.updateComplete;
  }
  expect($$(el, '[part=more][aria-expanded=false]').filter(shown)).to.have.length(0);
}

for (const scheme of schemes) {
  for (const [layout, width] of [
    ['wide', 1000],
    ['narrow', 320],
  ] as const) {
    describe(`<psy-compare> axe: ${layout}, ${scheme}`, function () {
      // axe reads every cell of the comparison; Firefox takes seconds for that when the machine is busy
      this.timeout(40000);

      it('no violations as first shown', async () => {
        const el = await mount(width, {}, undefined, scheme);
        expect(shown($(el, layout === 'wide' ? 'table' : '[part=groups]'))).to.be.true;
        await expectNoAxeViolations(el, scheme);
      });

      it('no violations highlighted and branded, with every detail open', async () => {
        const el = await mount(width, { highlight: true }, undefined, scheme);
        el.style.setProperty('--psy-brand', '#b0306a');
        await openAll(el);
        await expectNoAxeViolations(el, scheme);
      });

      // three columns: once per layout, light for the wide table and dark for the narrow groups
      if ((layout === 'wide') === (scheme === 'light')) {
        it('no violations with three therapies', async () => {
          const el = await mount(width * 1.3, { therapies: 'psychodynamic counselling cbt' }, counsellingPack, scheme);
          await expectNoAxeViolations(el, scheme);
        });
      }
    });
  }
}

describe('<psy-compare> dark', () => {
  it('follows the page’s colour scheme', async () => {
    const light = await mount(1000);
    const dark = await mount(1000, {}, undefined, 'dark');
    expect(toRgb(surfaceOf(light))).to.deep.equal([255, 255, 255]);
    expect(toRgb(surfaceOf(dark))).not.to.deep.equal([255, 255, 255]);
  });
});
