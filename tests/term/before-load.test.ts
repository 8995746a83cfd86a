// <psy-term> loads after a widget's first render: the glossary words must show at once, already looking like terms,
// keep their place when they become buttons, and updateComplete must wait for that.
import { expect } from '@open-wc/testing';
import { PsyExplainer } from '../../packages/explainer/src/psy-explainer.js';
import { mount } from '../helpers/mount.js';

// the class alone (not the index, which starts loading <psy-term> itself): the element asks for the term when it
// first renders
customElements.define('psy-explainer', PsyExplainer);

/** Where the words themselves are: the same text node before and after (slotted into the button then). */
function wordsBox(term: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(term);
  return range.getBoundingClientRect();
}

describe('glossary words before <psy-term> has loaded', () => {
  it('show at once, underlined as terms, keep their place, and then open their definitions', async () => {
    expect(customElements.get('psy-term')).to.equal(undefined);
    const seen: { defined: boolean; words: string; decoration: string; box: DOMRect }[] = [];
    const el = await mount<PsyExplainer>('psy-explainer', {
      beforeConnect: (el) =>
        (el as PsyExplainer).addController({
          hostUpdated: () => {
            const term = el.shadowRoot!.querySelector('.overview psy-term');
            if (!term || seen.length) return;
            const style = getComputedStyle(term);
            seen.push({
              defined: !!customElements.get('psy-term'),
              words: term.textContent!.trim(),
              decoration: `${style.textDecorationLine} ${style.textDecorationStyle}`,
              box: wordsBox(term),
            });
          },
        }),
    });
    expect(seen).to.have.length(1);
    const [first] = seen as [(typeof seen)[0]];
    expect(first.defined, 'defined before the first render').to.equal(false);
    expect(first.words).to.equal('psychoanalysis');
    expect(first.decoration).to.equal('underline dotted');

    expect(customElements.get('psy-term'), 'defined once updateComplete resolves').to.not.equal(undefined);
    const term = el.shadowRoot!.querySelector('.overview psy-term')!;
    const button = term.shadowRoot!.querySelector('button')!;
    expect(button.textContent!.trim() + term.textContent!.trim()).to.contain('psychoanalysis');
    const box = wordsBox(term);
    expect([box.left, box.top, box.width].map(Math.round)).to.deep.equal(
      [first.box.left, first.box.top, first.box.width].map(Math.round),
    );
    expect(getComputedStyle(button).textDecorationStyle).to.equal('dotted');
  });
});
