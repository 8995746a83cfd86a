// psy-widgets.css, as a page sees it before the script has run: each widget keeps its place, hidden for at most 2 s.
// No widget is registered in this file, so the elements stay undefined until a test defines one.
import { expect } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { mount } from '../helpers/mount.js';

const rem = 16;
let host: HTMLElement;

before(async () => {
  const link = Object.assign(document.createElement('link'), {
    rel: 'stylesheet',
    href: '/packages/psy-widgets/src/psy-widgets.css',
  });
  const loaded = new Promise((resolve) => (link.onload = resolve));
  document.head.append(link);
  await loaded;
});
beforeEach(async () => (host = await mount(litHtml`<div></div>`)));

const add = (html: string) => {
  host.innerHTML = html;
  return host.firstElementChild as HTMLElement;
};

describe('psy-widgets.css', () => {
  for (const [html, height] of [
    ['<psy-explainer></psy-explainer>', 56],
    ['<psy-explainer layout="summary"></psy-explainer>', 24],
    ['<psy-compare></psy-compare>', 40],
    ['<psy-self-check></psy-self-check>', 20],
  ] as const) {
    it(`keeps ${height}rem for ${html} and hides it until it is defined`, () => {
      const el = add(html);
      expect(el.getBoundingClientRect().height).to.equal(height * rem);
      expect(getComputedStyle(el).visibility).to.equal('hidden');
    });
  }

  /** Where the reveal animation is at `ms` after the element was added. */
  const at = (el: HTMLElement, ms: number) => {
    const [reveal] = el.getAnimations() as CSSAnimation[];
    expect(reveal?.animationName).to.equal('psy-reveal');
    reveal!.currentTime = ms;
  };

  it('after 2 seconds without the script, shows the page’s fallback at its own height', () => {
    const el = add(
      '<psy-compare><p style="margin: 0; line-height: 24px">Read <a href="/compare">how the approaches differ</a>.</p></psy-compare>',
    );
    at(el, 1999);
    expect(getComputedStyle(el).visibility).to.equal('hidden');
    expect(el.getBoundingClientRect().height).to.equal(40 * rem);
    at(el, 2000);
    expect(getComputedStyle(el).visibility).to.equal('visible');
    expect(el.getBoundingClientRect().height).to.equal(24);
    expect(el.querySelector('a')!.getClientRects().length).to.be.greaterThan(0);
  });

  for (const tag of ['psy-explainer', 'psy-compare', 'psy-self-check', 'psy-help-now']) {
    it(`after 2 seconds without the script, an empty <${tag}> leaves no blank space`, () => {
      const el = add(`<${tag}></${tag}>`);
      at(el, 2000);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });
  }

  it('leaves a hidden widget hidden, and a glossary term readable', () => {
    expect(getComputedStyle(add('<psy-compare hidden></psy-compare>')).display).to.equal('none');
    const term = add('<psy-term term="transference">transference</psy-term>');
    expect(getComputedStyle(term).visibility).to.equal('visible');
    expect(getComputedStyle(term).display).to.equal('inline');
  });

  it('lets go once the element is defined', () => {
    const el = add('<psy-help-now region="GB"></psy-help-now>');
    expect(el.getBoundingClientRect().height).to.equal(26 * rem);
    customElements.define('psy-help-now', class extends HTMLElement {});
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(getComputedStyle(el).visibility).to.equal('visible');
  });
});
