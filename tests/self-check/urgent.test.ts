import { expect, html, oneEvent } from '@open-wc/testing';
import type { PsyHelpNow } from '../../packages/core/src/index.js';
import {
  $,
  $$,
  answerAll,
  mount,
  choose,
  click,
  defaultSet,
  type PsySelfCheck,
  towardsPsychodynamic,
} from './helpers.js';
import { spyWarnings } from '../helpers/warnings.js';

const top = towardsPsychodynamic;

/** Brings a fresh self-check to a screen: -1 the intro, 0..9 a question, 10 the result. */
async function at(
  screen: number,
  template = html`<psy-self-check region="GB"><a slot="cta" href="#book">Book</a></psy-self-check>`,
) {
  const el = await mount(template);
  if (screen >= 0) await click(el, 'Start');
  for (let i = 0; i < Math.min(screen, defaultSet.questions.length); i++) {
    await choose(el, top[i]!);
    await click(el, i + 1 < defaultSet.questions.length ? 'Next' : 'See my result');
  }
  return el;
}

const tabbables = (el: PsySelfCheck) =>
  $$(el, 'button, input, a, [tabindex="0"]').filter((e) => !e.closest('[hidden]'));

describe('<psy-self-check> urgent help', () => {
  for (let screen = -1; screen <= defaultSet.questions.length; screen++) {
    const name =
      screen < 0 ? 'the intro' : screen === defaultSet.questions.length ? 'the result' : `question ${screen + 1}`;

    it(`from ${name}: one press shows help, fires psy-crisis and hides the CTA for the rest of the visit`, async () => {
      const el = await at(screen);
      const urgent = $(el, '[part="urgent"]')!;
      // the same control, first in the widget's focus order, on every screen
      expect(urgent.textContent!.trim()).to.equal('I need help now');
      expect(tabbables(el)[0]).to.equal(urgent);
      expect(urgent.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, '[part="help"]')!.hidden).to.equal(true);

      const crisis = oneEvent(el, 'psy-crisis');
      urgent.click();
      expect((await crisis).detail).to.deep.equal({ region: 'GB' });
      await el.updateComplete;
      const help = $(el, '[part="help"] psy-help-now') as PsyHelpNow;
      await help.updateComplete;
      expect(urgent.getAttribute('aria-expanded')).to.equal('true');
      expect($(el, '[part="help"]')!.getBoundingClientRect().height).to.be.greaterThan(100);
      expect(help.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('tel:999');

      // finish the check: the CTA stays hidden
      if (screen < defaultSet.questions.length) {
        if (screen < 0) await click(el, 'Start');
        for (let i = Math.max(screen, 0); i < defaultSet.questions.length; i++) {
          await choose(el, top[i]!);
          await click(el, i + 1 < defaultSet.questions.length ? 'Next' : 'See my result');
        }
      }
      expect($(el, '#result')).to.exist;
      expect($(el, 'slot[name="cta"]')).to.equal(null);
      expect(el.querySelector('a[slot=cta]')!.getBoundingClientRect().height).to.equal(0);
      await click(el, 'Start again');
      await answerAll(el, top);
      expect($(el, 'slot[name="cta"]')).to.equal(null);
    });
  }

  it('shows the CTA with the result when no urgent help was asked for', async () => {
    const el = await at(defaultSet.questions.length);
    const slot = $<HTMLSlotElement>(el, 'slot[name="cta"]')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Book');
    expect(el.querySelector('a[slot=cta]')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('closes the panel on a second press without firing again', async () => {
    const el = await at(-1);
    let fired = 0;
    el.addEventListener('psy-crisis', () => fired++);
    await click(el, 'I need help now');
    await click(el, 'I need help now');
    expect(fired).to.equal(1);
    expect($(el, '[part="help"]')!.hidden).to.equal(true);
  });

  it('uses the region of the nearest lang for the helplines and the event', async () => {
    const wrapper = await mount(html`<div lang="en-US"><psy-self-check></psy-self-check></div>`);
    const el = wrapper.querySelector('psy-self-check')!;
    await el.updateComplete;
    const crisis = oneEvent(el, 'psy-crisis');
    await click(el, 'I need help now');
    expect((await crisis).detail).to.deep.equal({ region: 'US' });
    const help = $(el, 'psy-help-now') as PsyHelpNow;
    await help.updateComplete;
    expect(help.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('tel:911');
  });

  it('still offers urgent help when the question set is invalid', async () => {
    const warnings = spyWarnings();
    try {
      const el = await mount(
        html`<psy-self-check region="GB" .questions=${{ id: 'broken' } as never}></psy-self-check>`,
      );
      expect($(el, '[part="problem"]')!.innerText).to.contain('.questions');
      const crisis = oneEvent(el, 'psy-crisis');
      await click(el, 'I need help now');
      await crisis;
      const help = $(el, 'psy-help-now') as PsyHelpNow;
      await help.updateComplete;
      expect(help.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('tel:999');
    } finally {
      warnings.restore();
    }
  });
});
