import { expect, html } from '@open-wc/testing';
import '../../packages/core/src/define/psy-help-now.js';
import type { PsyHelpNow } from '../../packages/core/src/index.js';
import { brands } from '../helpers/brands.js';
import { contrast, over } from '../helpers/color.js';
import { mount } from '../helpers/mount.js';

/** The colour behind a button: the nearest ancestor in the panel that paints one, over the widget's surface. */
function backdrop(button: Element, host: HTMLElement): string {
  const surface = getComputedStyle(host).backgroundColor;
  for (let node = button.parentElement; node; node = node.parentElement) {
    const bg = getComputedStyle(node).backgroundColor;
    if (bg !== 'rgba(0, 0, 0, 0)') return over(bg, surface);
  }
  return surface;
}

describe('<psy-help-now> buttons in dark mode', () => {
  for (const [label, brand] of Object.entries(brands)) {
    it(`read as active controls with a ${label} brand`, async () => {
      const el = await mount<PsyHelpNow>(
        html`<psy-help-now region="GB-ENG" style="--psy-brand: ${brand}; color-scheme: dark"></psy-help-now>`,
      );
      const buttons = [...el.shadowRoot!.querySelectorAll('.button')];
      expect(buttons.length).to.be.above(1);
      for (const button of buttons) {
        const style = getComputedStyle(button);
        const behind = backdrop(button, el);
        const fill = style.backgroundColor === 'rgba(0, 0, 0, 0)' ? behind : over(style.backgroundColor, behind);
        const name = button.textContent!.trim();
        const text = contrast(style.color, fill);
        expect(text, `text of "${name}": ${text.toFixed(2)}:1`).to.be.at.least(4.5);
        const edge = contrast(style.borderTopColor, behind);
        expect(edge, `edge of "${name}" against the panel: ${edge.toFixed(2)}:1`).to.be.at.least(3);
        expect(style.opacity, `"${name}" is not faded`).to.equal('1');
      }
    });
  }
});
