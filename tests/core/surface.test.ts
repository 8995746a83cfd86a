// A widget sits on any page: transparent where its text reads on the page, a padded, rounded surface of its own where
// it would not (a light widget on a dark page, or the reverse) or where the clinic sets --psy-surface.
import { expect, html, nextFrame } from '@open-wc/testing';
import '../../packages/core/src/define/psy-help-now.js';
import type { PsyHelpNow } from '../../packages/core/src/index.js';
import { contrast, toRgb } from '../helpers/color.js';
import { mount } from '../helpers/mount.js';

async function widgetOn(page: string, widgetStyle = ''): Promise<PsyHelpNow> {
  const wrapper = await mount<HTMLElement>(
    html`<div style=${page}><psy-help-now region="GB" style=${widgetStyle}></psy-help-now></div>`,
  );
  const el = wrapper.querySelector('psy-help-now')!;
  await el.updateComplete;
  return el;
}

function expectOwnSurface(el: HTMLElement, pageBackground: string): void {
  const style = getComputedStyle(el);
  expect(style.paddingTop, 'padding above').to.equal('16px');
  expect(style.paddingInlineStart, 'padding at the start of lines').to.equal('16px');
  expect(style.paddingInlineEnd, 'padding at the end of lines').to.equal('16px');
  expect(style.borderTopLeftRadius, 'rounded corners').to.equal('8px');
  expect(toRgb(style.backgroundColor, pageBackground), 'a surface of its own').to.not.deep.equal(toRgb(pageBackground));
  expect(contrast(style.color, style.backgroundColor), 'text on its surface').to.be.at.least(4.5);
}

function expectTransparent(el: HTMLElement): void {
  const style = getComputedStyle(el);
  expect(style.backgroundColor, 'no surface of its own').to.equal('rgba(0, 0, 0, 0)');
  expect(style.paddingTop, 'no padding').to.equal('0px');
  expect(style.paddingInlineStart, 'no padding').to.equal('0px');
}

describe('the widget surface', () => {
  it('paints a padded, rounded surface for a light widget on a dark page', async () => {
    expectOwnSurface(await widgetOn('background: #121212; color: #eee'), '#121212');
  });

  it('paints a padded, rounded surface for a dark widget on a light page', async () => {
    expectOwnSurface(await widgetOn('background: #fff', 'color-scheme: dark'), '#fff');
  });

  it('paints one when the clinic sets --psy-surface, in that colour', async () => {
    const el = await widgetOn('background: #fff', '--psy-surface: #f3efe6');
    expectOwnSurface(el, '#fff');
    expect(toRgb(getComputedStyle(el).backgroundColor)).to.deep.equal([0xf3, 0xef, 0xe6]);
  });

  it('stays transparent on a light page in light mode', async () => {
    expectTransparent(await widgetOn('background: #fafafa'));
  });

  it('stays transparent on a dark page in dark mode', async () => {
    expectTransparent(await widgetOn('color-scheme: dark; background: #000'));
  });

  it('stays transparent when both follow the same colour scheme (no background set anywhere)', async () => {
    expectTransparent(await widgetOn(''));
  });

  it('follows a site that switches to a dark background on <body>', async () => {
    const el = await widgetOn('');
    expectTransparent(el);
    document.body.style.background = '#101418';
    try {
      await nextFrame();
      expectOwnSurface(el, '#101418');
    } finally {
      document.body.style.background = '';
    }
    await nextFrame();
    expectTransparent(el);
  });
});
