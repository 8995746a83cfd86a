import { expect, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { PsyElement } from '../../packages/core/src/index.js';
import { brands } from '../helpers/brands.js';
import { contrast, over, surfaceOf, toRgb } from '../helpers/color.js';
import { mount } from '../helpers/mount.js';

/** Paints each derived token on a swatch so its computed colours can be measured. */
class ThemeProbe extends PsyElement {
  protected renderContent() {
    return litHtml`
      <button class="button" id="primary">Start</button>
      <span id="accent" style="color: var(--_accent)">link</span>
      <span id="accent-on-subtle" style="color: var(--_accent); background: var(--_accent-subtle)">open</span>
      <span id="text" style="color: var(--_text)">body</span>
      <span id="muted" style="color: var(--_text-muted)">muted</span>
      <span id="hover" style="color: var(--_on-brand); background: var(--_brand-hover)">hover</span>
    `;
  }
}
ThemeProbe.define('psy-test-theme');

async function probe(brand: string, scheme: 'light' | 'dark') {
  const el = await mount<ThemeProbe>(
    html`<psy-test-theme style="--psy-brand: ${brand}; color-scheme: ${scheme}"></psy-test-theme>`,
  );
  const root = el.shadowRoot!;
  const style = (id: string) => getComputedStyle(root.getElementById(id)!);
  const surface = surfaceOf(el);
  return { el, style, surface };
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`theme tokens from --psy-brand alone (${scheme})`, () => {
    for (const [name, brand] of Object.entries(brands)) {
      it(`${name} (${brand}) gives AA contrast for text on the brand, accents, text and hover`, async () => {
        const { style, surface } = await probe(brand, scheme);
        const primary = style('primary');
        const ratios = {
          'text on brand': contrast(primary.color, primary.backgroundColor),
          'accent on surface': contrast(style('accent').color, surface),
          'accent on subtle': contrast(
            style('accent-on-subtle').color,
            over(style('accent-on-subtle').backgroundColor, surface),
          ),
          'text on surface': contrast(style('text').color, surface),
          'muted text on surface': contrast(style('muted').color, surface),
          'text on hovered brand': contrast(style('hover').color, style('hover').backgroundColor),
        };
        for (const [what, ratio] of Object.entries(ratios)) {
          expect(ratio, `${what}: ${ratio.toFixed(2)}:1`).to.be.at.least(4.5);
        }
      });
    }

    it('paints the brand itself on primary buttons', async () => {
      const { style } = await probe('#2f6f6a', scheme);
      expect(toRgb(style('primary').backgroundColor)).to.deep.equal([0x2f, 0x6f, 0x6a]);
    });
  });
}

describe('theme: following the page', () => {
  it('is light by default and dark when the page says color-scheme: dark', async () => {
    const light = await mount(html`<psy-test-theme></psy-test-theme>`);
    const dark = await mount(html`<div style="color-scheme: dark"><psy-test-theme></psy-test-theme></div>`);
    await (dark.firstElementChild as PsyElement).updateComplete;
    const lightBg = toRgb(surfaceOf(light));
    const darkBg = toRgb(surfaceOf(dark.firstElementChild!));
    expect(lightBg).to.deep.equal([255, 255, 255]);
    expect(darkBg[0]).to.be.below(40);
  });

  it('inherits the host page’s font', async () => {
    const wrapper = await mount(html`<div style="font-family: Georgia, serif"><psy-test-theme></psy-test-theme></div>`);
    const button = wrapper.firstElementChild!.shadowRoot!.getElementById('primary')!;
    expect(getComputedStyle(button).fontFamily).to.contain('Georgia');
  });

  it('lets a clinic set a single token without touching the rest', async () => {
    const el = await mount(html`<psy-test-theme style="--psy-accent: rgb(120, 0, 60)"></psy-test-theme>`);
    expect(getComputedStyle(el.shadowRoot!.getElementById('accent')!).color).to.equal('rgb(120, 0, 60)');
  });

  it('gives buttons a target of at least 24 by 24 CSS pixels', async () => {
    const el = await mount(html`<psy-test-theme></psy-test-theme>`);
    const box = el.shadowRoot!.getElementById('primary')!.getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
  });
});
