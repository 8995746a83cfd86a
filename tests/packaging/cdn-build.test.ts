// The CDN file (built, minified, template text shrunk) renders every element in the registry exactly as the sources
// do: the same elements, attributes and text, and the same style rules. The source classes are registered under other
// tags (src-psy-*) beside the CDN's psy-* tags. Needs `npm run build` (npm test builds first).
import { expect } from '@open-wc/testing';
import { rules } from './css.js';
import { classSource, elements } from './registry.js';

type LitLike = HTMLElement & { updateComplete: Promise<unknown> };

/** An element's shadow tree as plain data; whitespace runs count as one space, Lit's comment markers not at all. */
function shape(node: Node): unknown {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent!.replace(/\s+/g, ' ');
  if (node.nodeType !== Node.ELEMENT_NODE) return undefined;
  const el = node as Element;
  return {
    tag: el.localName.replace(/^src-/, ''),
    attrs: [...el.attributes].map((a) => `${a.name}=${a.value.replace(/\s+/g, ' ')}`).sort(),
    shadow: el.shadowRoot ? [...el.shadowRoot.childNodes].map(shape).filter((s) => s !== undefined) : null,
    children: [...el.childNodes].map(shape).filter((s) => s !== undefined),
  };
}

async function settle(el: LitLike): Promise<void> {
  await el.updateComplete;
  for (const inner of el.shadowRoot!.querySelectorAll('*')) await (inner as LitLike).updateComplete;
}

async function mount(tag: string, attrs: Record<string, string>, text = ''): Promise<LitLike> {
  const el = document.createElement(tag) as LitLike;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.textContent = text;
  document.body.append(el);
  await settle(el);
  return el;
}

const sheets = (el: Element) => rules(...el.shadowRoot!.adoptedStyleSheets);

describe('the CDN build renders like the sources', () => {
  before(async () => {
    await import(/* @vite-ignore */ new URL('/packages/psy-widgets/cdn/psy-widgets.js', location.origin).href);
    const sources = await Promise.all(
      elements.map(async (el) => [`src-${el.tag}`, (await import(/* @vite-ignore */ classSource(el)))[el.className]]),
    );
    for (const [tag, ctor] of sources) {
      customElements.define(tag, class extends (ctor as unknown as typeof HTMLElement) {});
    }
  });

  // each element as the registry shows it, and the explainer's other text, layout and heading level
  const cases: [string, Record<string, string>, string?][] = [
    ...elements.map((el): [string, Record<string, string>, string?] => [el.tag, el.attrs, el.text]),
    ['psy-explainer', { therapy: 'cbt', layout: 'accordion', 'heading-level': '3' }],
  ];
  for (const [tag, attrs, text] of cases) {
    it(`<${tag}${Object.entries(attrs)
      .map(([k, v]) => ` ${k}="${v}"`)
      .join('')}>`, async () => {
      const built = await mount(tag, attrs, text);
      const source = await mount(`src-${tag}`, attrs, text);
      expect(built.shadowRoot!.textContent!.trim()).not.to.equal('');
      expect(shape(built)).to.deep.equal(shape(source));
      expect(sheets(built)).to.deep.equal(sheets(source));
      built.remove();
      source.remove();
    });
  }

  it('<psy-self-check> on its first question', async () => {
    const built = await mount('psy-self-check', { region: 'GB' });
    const source = await mount('src-psy-self-check', { region: 'GB' });
    for (const el of [built, source]) {
      el.shadowRoot!.querySelector<HTMLElement>('[part=start]')!.click();
      await settle(el);
    }
    expect(built.shadowRoot!.querySelector('legend')).to.exist;
    expect(shape(built)).to.deep.equal(shape(source));
    built.remove();
    source.remove();
  });
});
