// Forced colours (Windows High Contrast and the like) take away every colour the widgets chose. What carries meaning
// must survive: buttons keep an outline of their own, the progress bar still shows how far along the visitor is, and
// the comparison's "Differs most" mark keeps its border. Chromium only: WebDriver BiDi (Firefox) cannot emulate it.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../packages/compare/src/index.js';
import '../../packages/self-check/src/index.js';
import { mount } from '../helpers/mount.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };
const inside = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const style = (el: Element) => getComputedStyle(el);
const visibleBorder = (el: Element) => style(el).borderTopStyle !== 'none' && parseFloat(style(el).borderTopWidth) >= 1;

describe('forced colours', function () {
  before(async function () {
    if (!(await executeServerCommand<boolean, { active: boolean }>('forced-colors', { active: true }))) this.skip();
  });
  after(() => executeServerCommand('forced-colors', { active: false }));

  it('are really in force in this page (so the checks below mean something)', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('leave the self-check’s buttons with a visible border', async () => {
    const el = await mount<Lit>(html`<psy-self-check region="GB"></psy-self-check>`);
    const start = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Start')!;
    expect(visibleBorder(start), 'Start').to.equal(true);
    expect(visibleBorder(inside(el, '[part="urgent"]')), 'I need help now').to.equal(true);
  });

  it('still show how far along the progress bar is', async () => {
    const el = await mount<Lit>(html`<psy-self-check region="GB"></psy-self-check>`);
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Start')!.click();
    await el.updateComplete;
    const done = inside(el, '.bar .done');
    const canvas = style(el).backgroundColor;
    expect(style(done).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    expect(style(done).backgroundColor).not.to.equal(canvas);
    expect(done.getBoundingClientRect().width).to.be.greaterThan(0);
  });

  it('keep the border around the comparison’s “Differs most” mark', async () => {
    const el = await mount<Lit>(html`<psy-compare highlight></psy-compare>`);
    const flag = inside(el, '[part="flag"]');
    expect(flag.textContent!.trim()).to.equal('Differs most');
    expect(visibleBorder(flag)).to.equal(true);
  });
});
