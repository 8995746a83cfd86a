// The CDN build shrinks the text of css`` and html`` templates (scripts/minify-templates.mjs). The browser is the
// judge: minified CSS must parse to exactly the same rules, and minified HTML to the same elements and visible text.
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { minifyCss, minifyHtml } from '../../scripts/minify-templates.mjs';
import { base, tokens } from '../../packages/core/src/index.js';
import { styles as helpNow } from '../../packages/core/src/help-now/psy-help-now.styles.js';
import { styles as term } from '../../packages/core/src/term/psy-term.styles.js';
import { rules, sheetOf } from './css.js';
import { styles as compare } from '../../packages/compare/src/psy-compare.styles.js';
import { styles as explainer } from '../../packages/explainer/src/psy-explainer.styles.js';
import { styles as selfCheck } from '../../packages/self-check/src/psy-self-check.styles.js';

// Every computed style of some themed elements, under the original or the minified sheets.
const computed = (sheets: CSSStyleSheet[]) => {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  root.innerHTML = `<p>Text <a href="#x">link</a></p><button class="button">Go</button>
    <button class="button secondary">Back</button><span class="visually-hidden">hidden</span>`;
  const styles = [host, ...root.querySelectorAll('*')].map((el) => {
    const style = getComputedStyle(el);
    return [...style].filter((p) => !p.startsWith('--')).map((p) => `${p}: ${style.getPropertyValue(p)}`);
  });
  host.remove();
  return styles;
};

const tree = (markup: string) => {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const shape = (node: Node): unknown =>
    node.nodeType === Node.TEXT_NODE
      ? node.textContent!.replace(/\s+/g, ' ')
      : {
          tag: (node as Element).localName,
          attrs: [...((node as Element).attributes ?? [])].map((a) => `${a.name}=${a.value.replace(/\s+/g, ' ')}`),
          children: [...node.childNodes].map(shape),
        };
  return [...template.content.childNodes].map(shape);
};

const visibleText = (markup: string) => {
  const box = document.createElement('div');
  box.innerHTML = markup;
  document.body.append(box);
  const text = box.innerText;
  box.remove();
  return text;
};

describe('minifying template text', () => {
  it('keeps every rule of the shared and element style sheets', () => {
    for (const sheet of [tokens, base, helpNow, term, compare, explainer, selfCheck] as CSSResult[]) {
      const minified = minifyCss(sheet.cssText);
      expect(minified.length).to.be.below(sheet.cssText.length);
      expect(rules(sheetOf(minified))).to.deep.equal(rules(sheetOf(sheet.cssText)));
    }
  });

  it('gives the themed elements exactly the same computed styles', () => {
    const shared = [tokens, base] as CSSResult[];
    const original = computed(shared.map((sheet) => sheetOf(sheet.cssText)));
    const minified = computed(shared.map((sheet) => sheetOf(minifyCss(sheet.cssText))));
    expect(original[0]).to.include('color: rgb(31, 35, 40)'); // the theme really applied
    expect(minified).to.deep.equal(original);
  });

  it('keeps strings, escapes, descendant pseudo-classes and calc() spacing in CSS', () => {
    const css = `
      /* a comment */
      .a :hover , .b > .c::after { content: "a ;  b }"; margin: calc( 1px + 2px ) 0 ; }
      .d\\:e { quotes: '\\201C' '\\201D'; }
      @media (min-width: 30em) and (prefers-reduced-motion: no-preference) { .f { color: red } }
    `;
    const minified = minifyCss(css);
    expect(minified).to.contain('.a :hover');
    expect(minified).to.contain('"a ;  b }"');
    expect(minified).to.contain('calc(1px + 2px)');
    expect(rules(sheetOf(minified))).to.deep.equal(rules(sheetOf(css)));
  });

  it('keeps the space a CSS value needs around an interpolation', () => {
    expect(minifyCss(' 0 ', { first: false, last: false })).to.equal(' 0 ');
    expect(minifyCss('\n  margin: ', { first: true, last: false })).to.equal('margin:');
    expect(minifyCss(' ;\n}\n', { first: false, last: true })).to.equal('}');
  });

  it('keeps the elements, attributes and visible text of HTML', () => {
    const markup = `
      <p class="intro
         lead">
        Read about <strong>transference</strong>
        <em>and</em>   <a href="#x">sources</a>.
      </p>
      <ul>
        <li>One</li>
        <li>Two \\n stays escaped</li>
      </ul>`;
    const minified = minifyHtml(markup);
    expect(minified.length).to.be.below(markup.length);
    expect(minified).to.contain('\\n stays escaped');
    expect(tree(minified)).to.deep.equal(tree(markup));
    expect(visibleText(minified)).to.equal(visibleText(markup));
  });
});
