import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { isWebKit } from '../helpers/browser.js';
import { mount, placed, popover, trigger } from './helpers.js';

const edges = {
  'top left': 'top: 0; left: 0',
  'top right': 'top: 0; right: 0',
  'bottom left': 'bottom: 0; left: 0',
  'bottom right': 'bottom: 0; right: 0',
};

// WebKit's WebDriver launcher cannot set the viewport, and resizing its window under Xvfb takes keyboard focus from
// every later test file: there the edges are checked at the window's own size.
const screens: ([number, number] | undefined)[] = isWebKit
  ? [undefined]
  : [
      [320, 568],
      [1024, 768],
    ];

for (const size of screens) {
  describe(`<psy-term> position on a ${size ? `${size[0]}px` : "window's own"} screen`, () => {
    before(() => size && setViewport({ width: size[0], height: size[1] }));
    after(() => size && setViewport({ width: 800, height: 600 }));

    for (const [edge, style] of Object.entries(edges)) {
      it(`at the ${edge} edge, the definition stays inside the screen, beside the words`, async () => {
        const { terms } = await mount(
          html`<p style="position: fixed; margin: 0; ${style}">
            <psy-term term="therapeutic-relationship">bond with your therapist</psy-term>
          </p>`,
        );
        const term = terms[0]!;
        trigger(term).click();
        await term.updateComplete;
        await placed(term);
        const tip = popover(term).getBoundingClientRect();
        const words = trigger(term).getBoundingClientRect();
        expect(tip.width).to.be.greaterThan(100);
        expect(tip.left).to.be.at.least(0);
        expect(tip.top).to.be.at.least(0);
        expect(tip.right).to.be.at.most(innerWidth);
        expect(tip.bottom).to.be.at.most(innerHeight);
        // next to the words: just above or just below, never over them
        const gap = tip.top >= words.bottom ? tip.top - words.bottom : words.top - tip.bottom;
        expect(gap).to.be.within(0, 16);
      });
    }
  });
}

describe('<psy-term> while the page scrolls', () => {
  it('the definition follows the words', async () => {
    const { terms } = await mount(
      html`<div style="height: 300vh; padding-top: 50vh"><psy-term term="transference">transference</psy-term></div>`,
    );
    const term = terms[0]!;
    trigger(term).click();
    await term.updateComplete;
    await placed(term);
    const offset = () => popover(term).getBoundingClientRect().top - trigger(term).getBoundingClientRect().top;
    const before = offset();
    const wordsBefore = trigger(term).getBoundingClientRect().top;
    scrollBy(0, 100);
    // the browser fires scroll when it next renders; a test page in a background tab may not render, so say it now
    dispatchEvent(new Event('scroll'));
    expect(trigger(term).getBoundingClientRect().top).to.be.closeTo(wordsBefore - 100, 1);
    await placed(term, () => Math.abs(offset() - before) < 1);
    scrollTo(0, 0);
  });
});
