// The result screen loads while the visitor answers. A visitor quicker than the network must still get it: its place
// shows (with urgent help above it), then the result itself, with focus on its heading.
import { expect } from '@open-wc/testing';
import { questionSets } from '../../packages/content/src/packs/en-GB/self-check.js';
import { PsySelfCheck } from '../../packages/self-check/src/psy-self-check.js';
import { buttonNamed, renders } from './before-load.js';

// the class alone: nothing has loaded the result screen yet
customElements.define('psy-self-check', PsySelfCheck);

const questions = questionSets.preferences!.questions;

describe('<psy-self-check> result before its screen has loaded', () => {
  it('keeps urgent help and the result’s place, then shows the result with focus on its heading', async () => {
    const el = document.createElement('psy-self-check');
    el.setAttribute('region', 'GB');
    const rendered = renders(el);
    let next = rendered();
    document.body.append(el);
    try {
      await next;
      next = rendered();
      buttonNamed(el, 'Start').click();
      await next;
      for (const [i, question] of questions.entries()) {
        const id = question.options.find((option) => !option.crisis)!.id;
        const input = [...el.shadowRoot!.querySelectorAll('input')].find((input) => input.value === id)!;
        next = rendered();
        input.closest('label')!.click();
        await next;
        next = rendered();
        buttonNamed(el, i === questions.length - 1 ? 'See my result' : 'Next').click();
        await next;
      }
      const place = el.shadowRoot!.querySelector('[part="result"]');
      expect(place?.getAttribute('aria-busy'), 'the result screen had not loaded yet').to.equal('true');
      expect(buttonNamed(el, 'I need help now').checkVisibility()).to.equal(true);

      await el.updateComplete;
      const heading = el.shadowRoot!.querySelector('#result')!;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.textContent!.trim().length).to.be.greaterThan(3);
      expect(el.shadowRoot!.activeElement, 'focus moves to the result once it shows').to.equal(heading);
      expect(el.shadowRoot!.querySelector('[aria-busy]')).to.equal(null);
    } finally {
      el.remove();
    }
  });
});
