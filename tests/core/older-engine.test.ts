import { expect, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../packages/self-check/src/index.js';
import '../../packages/core/src/define/psy-term.js';
import type { PsySelfCheck } from '../../packages/self-check/src/index.js';
import type { PsyTerm } from '../../packages/core/src/define/psy-term.js';
import { brands } from '../helpers/brands.js';
import { contrast, surfaceOf, toRgb } from '../helpers/color.js';
import { mount } from '../helpers/mount.js';
import { press } from '../helpers/keyboard.js';

// The widgets must stay readable and usable in engines without relative colour syntax, light-dark(), :has() or
// popover (Safari 16.4, Chrome 109, Firefox ESR 115): this file runs in every browser of the suite and, through the
// test config's "older-engine" group, in Firefox ESR with those features switched off.

/** The opacity of a computed colour: `rgba(r, g, b, a)`, `… / a)` or `transparent`. */
function alpha(color: string): number {
  if (color === 'transparent') return 0;
  const match = /\/\s*([\d.]+)(%?)\s*\)$/.exec(color) ?? /^rgba\((?:[^,]+,){3}\s*([\d.]+)\)$/.exec(color);
  if (!match) return 1;
  return parseFloat(match[1]!) / (match[2] ? 100 : 1);
}

async function selfCheck(brand: string, scheme: string) {
  const el = await mount<PsySelfCheck>(
    html`<psy-self-check region="GB" style="--psy-brand: ${brand}; color-scheme: ${scheme}"></psy-self-check>`,
  );
  await el.updateComplete;
  return el;
}

const buttonNamed = (el: Element, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;

for (const scheme of ['light', 'dark'] as const) {
  describe(`fallbacks in older engines (${scheme})`, () => {
    for (const [name, brand] of Object.entries(brands)) {
      it(`${name}: readable Start, a visible focus ring, answer borders and progress`, async () => {
        const el = await selfCheck(brand, scheme);
        // the test page is white: a dark widget paints a padded surface of its own, a light one stays transparent
        const own = getComputedStyle(el);
        expect(alpha(own.backgroundColor), 'a surface of its own').to.equal(scheme === 'dark' ? 1 : 0);
        expect(own.paddingTop, 'padding around its own surface').to.equal(scheme === 'dark' ? '16px' : '0px');
        const surface = surfaceOf(el);

        const start = buttonNamed(el, 'Start');
        const startStyle = getComputedStyle(start);
        const onBrand = contrast(startStyle.color, startStyle.backgroundColor);
        expect(onBrand, `Start on the brand: ${onBrand.toFixed(2)}:1`).to.be.at.least(4.5);

        start.blur();
        buttonNamed(el, 'I need help now').focus();
        await press('Tab');
        expect(el.shadowRoot!.activeElement).to.equal(start);
        const focused = getComputedStyle(start);
        expect(focused.outlineStyle, 'focus outline').to.equal('solid');
        expect(parseFloat(focused.outlineWidth)).to.be.at.least(2);
        const ring = contrast(focused.outlineColor, surface);
        expect(ring, `focus ring on the surface: ${ring.toFixed(2)}:1`).to.be.at.least(3);

        start.click();
        await el.updateComplete;
        const option = el.shadowRoot!.querySelector('.option')!;
        const border = getComputedStyle(option);
        expect(border.borderTopStyle).to.equal('solid');
        expect(toRgb(border.borderTopColor), 'answer border').to.not.deep.equal(toRgb(surface));
        const done = getComputedStyle(el.shadowRoot!.querySelector('.bar .done')!).backgroundColor;
        const toDo = getComputedStyle(el.shadowRoot!.querySelector('.bar span:not(.done)')!).backgroundColor;
        expect(alpha(done), 'progress bar').to.equal(1);
        expect(toRgb(done), 'answered part of the bar against the page').to.not.deep.equal(toRgb(surface));
        expect(toRgb(toDo), 'the rest of the bar against the page').to.not.deep.equal(toRgb(surface));
        expect(toRgb(done), 'answered part against the rest').to.not.deep.equal(toRgb(toDo));
      });

      it(`${name}: a glossary definition is opaque and readable over the page's text`, async () => {
        const wrapper = await mount(
          html`<p style="--psy-brand: ${brand}; color-scheme: ${scheme}">
            A <psy-term term="transference">transference</psy-term> term.
          </p>`,
        );
        const term = wrapper.querySelector<PsyTerm>('psy-term')!;
        await term.updateComplete;
        term.shadowRoot!.querySelector('button')!.click();
        await term.updateComplete;
        const popover = term.shadowRoot!.querySelector<HTMLElement>('[part=popover]')!;
        expect(popover.getClientRects().length, 'the definition shows').to.be.greaterThan(0);
        const style = getComputedStyle(popover);
        expect(alpha(style.backgroundColor), `popover background ${style.backgroundColor}`).to.equal(1);
        const ratio = contrast(style.color, style.backgroundColor);
        expect(ratio, `definition text: ${ratio.toFixed(2)}:1`).to.be.at.least(4.5);
        const decoration = getComputedStyle(term.shadowRoot!.querySelector('button')!);
        expect(decoration.textDecorationLine, 'the words are underlined as a term').to.equal('underline');
      });
    }
  });
}

/** Re-parses an element's styles as an engine without :has() would: every rule naming it dropped, nothing else. */
function withoutHas(el: Element): void {
  const root = el.shadowRoot!;
  root.adoptedStyleSheets = root.adoptedStyleSheets.map((sheet) => {
    const text = [...sheet.cssRules].map((rule) => rule.cssText.replaceAll(':has(', ':-psy-unknown(')).join('\n');
    const older = new CSSStyleSheet();
    older.replaceSync(text);
    return older;
  });
}

describe('answers in older engines', () => {
  afterEach(() => resetMouse());

  for (const has of [true, false]) {
    it(`hovering an answer tints it (${has ? 'with' : 'without'} :has())`, async () => {
      const el = await selfCheck('#2f6f6a', 'light');
      if (!has) withoutHas(el);
      buttonNamed(el, 'Start').click();
      await el.updateComplete;
      const option = el.shadowRoot!.querySelectorAll<HTMLElement>('.option')[1]!;
      const resting = getComputedStyle(option).backgroundColor;
      const box = option.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + 8), Math.round(box.top + box.height / 2)] });
      expect(option.matches(':hover'), 'the pointer is over the answer').to.equal(true);
      await Promise.all(option.getAnimations().map((transition) => transition.finished));
      const hovered = getComputedStyle(option).backgroundColor;
      expect(hovered, `hovered ${hovered}, resting ${resting}`).to.not.equal(resting);
    });
  }
});
