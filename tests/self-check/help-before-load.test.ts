// <psy-help-now> loads after the self-check's first render. A visitor in crisis may ask for help before it has
// arrived: the advice to call the local emergency number must show at once, and the helplines replace it once the
// panel has loaded (updateComplete waits for that).
import { expect } from '@open-wc/testing';
import { questionSets } from '../../packages/content/src/packs/en-GB/self-check.js';
import type { PsyHelpNow } from '../../packages/core/src/help-now/psy-help-now.js';
import { PsySelfCheck } from '../../packages/self-check/src/psy-self-check.js';
import { buttonNamed, renders } from './before-load.js';

// the class alone (not the index, which starts loading <psy-help-now> itself): the element asks for the panel when it
// first renders
customElements.define('psy-self-check', PsySelfCheck);

const fallback = 'If a life is at risk, call your local emergency number now.';
const questions = questionSets.preferences!.questions;

/** What a visitor sees of the fallback in a panel's place, before the panel has loaded. */
function seen(help: Element | null) {
  const p = help?.querySelector(':scope > p');
  return {
    defined: !!customElements.get('psy-help-now'),
    text: (p as HTMLElement | null)?.innerText.trim(),
    visible: !!p?.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
    height: p?.getBoundingClientRect().height ?? 0,
  };
}

/** The helplines of the loaded panel, and whether the fallback still renders in its place. */
async function loaded(help: Element | null) {
  const panel = help as PsyHelpNow;
  await panel.updateComplete;
  return {
    helplines: (panel.shadowRoot!.querySelector('[part="panel"]') as HTMLElement).innerText,
    fallbackShown: !!help!.querySelector('p')?.checkVisibility(),
  };
}

describe('<psy-self-check> urgent help before <psy-help-now> has loaded', () => {
  it('shows the emergency advice at once, from the button and from a crisis answer, then the helplines', async () => {
    expect(customElements.get('psy-help-now')).to.equal(undefined);
    // one visitor presses "I need help now" on the first screen; another reaches the crisis answer
    const urgent = document.createElement('psy-self-check');
    const answering = document.createElement('psy-self-check');
    for (const el of [urgent, answering]) el.setAttribute('region', 'GB');
    const urgentRender = renders(urgent);
    const answeringRender = renders(answering);
    const first = Promise.all([urgentRender(), answeringRender()]);
    document.body.append(urgent, answering);
    try {
      await first;
      let next = urgentRender();
      buttonNamed(urgent, 'I need help now').click();
      await next;
      const fromButton = seen(urgent.shadowRoot!.querySelector('[part="help"] psy-help-now'));

      next = answeringRender();
      buttonNamed(answering, 'Start').click();
      await next;
      for (const [i, question] of questions.entries()) {
        const last = i === questions.length - 1;
        const id = last ? 'crisis' : question.options[0]!.id;
        const input = [...answering.shadowRoot!.querySelectorAll('input')].find((input) => input.value === id)!;
        next = answeringRender();
        input.closest('label')!.click();
        await next;
        next = answeringRender();
        buttonNamed(answering, last ? 'See my result' : 'Next').click();
        await next;
      }
      const fromAnswer = seen(answering.shadowRoot!.querySelector('[part="crisis"] psy-help-now'));

      for (const what of [fromButton, fromAnswer]) {
        expect(what.defined, 'the panel had not loaded yet').to.equal(false);
        expect(what.text).to.equal(fallback);
        expect(what.visible).to.equal(true);
        expect(what.height).to.be.greaterThan(20);
      }

      await Promise.all([urgent.updateComplete, answering.updateComplete]);
      expect(customElements.get('psy-help-now'), 'defined once updateComplete resolves').to.not.equal(undefined);
      for (const help of [
        urgent.shadowRoot!.querySelector('[part="help"] psy-help-now'),
        answering.shadowRoot!.querySelector('[part="crisis"] psy-help-now'),
      ]) {
        const panel = await loaded(help);
        expect(panel.helplines).to.contain('Call 999');
        expect(panel.helplines).to.contain('Samaritans');
        expect(panel.fallbackShown, 'the advice gives way to the panel').to.equal(false);
      }
    } finally {
      urgent.remove();
      answering.remove();
    }
  });
});
