// The positioning code loads when a definition first opens (or when the page is idle): the definition must not show
// anywhere but beside the words meanwhile.
import { expect, html } from '@open-wc/testing';
import { mount, placed, popover, trigger } from './helpers.js';

describe('<psy-term> opened for the first time', () => {
  it('shows the definition only once it is beside the words', async () => {
    const { terms } = await mount(
      html`<p style="position: fixed; top: 50vh; left: 40vw; margin: 0">
        <psy-term term="transference">transference</psy-term>
      </p>`,
    );
    const term = terms[0]!;
    const misplaced: string[] = [];
    const check = () => {
      const tip = popover(term);
      if (!tip.matches(':popover-open') || getComputedStyle(tip).visibility === 'hidden') return;
      const box = tip.getBoundingClientRect();
      const words = trigger(term).getBoundingClientRect();
      const gap = box.top >= words.bottom ? box.top - words.bottom : words.top - box.bottom;
      if (gap < 0 || gap > 16) misplaced.push(`${Math.round(box.left)},${Math.round(box.top)}`);
    };
    trigger(term).click();
    await term.updateComplete;
    check();
    // look again at every turn until it is placed
    for (let i = 0; i < 200 && getComputedStyle(popover(term)).visibility === 'hidden'; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      check();
    }
    await placed(term);
    check();
    expect(misplaced, 'seen away from the words').to.deep.equal([]);
    expect(getComputedStyle(popover(term)).visibility).to.equal('visible');
    expect(popover(term).textContent).to.contain('feelings');
  });
});
