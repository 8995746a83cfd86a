import { expect, html } from '@open-wc/testing';
import type { PsyHelpNow } from '../../packages/core/src/index.js';
import { clinicSet } from '../helpers/question-sets.js';
import {
  $,
  answerAll,
  answerFromHere,
  mount,
  choose,
  click,
  defaultSet,
  focusOf,
  legend,
  liveText,
  type PsySelfCheck,
  towardsPsychodynamic,
} from './helpers.js';
import { spyWarnings } from '../helpers/warnings.js';

/** Hopeful answers everywhere but the last question, where the visitor says they feel in crisis. */
const hopefulThenCrisis = [...towardsPsychodynamic.slice(0, -1), 'crisis'];

/** Every psy-complete and psy-crisis the element fires, with its detail. */
function record(el: PsySelfCheck) {
  const events: { type: string; detail: unknown }[] = [];
  for (const type of ['psy-complete', 'psy-crisis'])
    el.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
  return events;
}

/** The help screen's panel, once it has rendered its lines. */
async function panel(el: PsySelfCheck): Promise<PsyHelpNow> {
  const help = $(el, '[part="crisis"] psy-help-now') as PsyHelpNow;
  await help.updateComplete;
  return help;
}

const withCta = (questions?: typeof clinicSet, share = false) =>
  mount(
    html`<psy-self-check region="GB" ?share-answers=${share} .questions=${questions}
      ><a slot="cta" href="#book">Book a first meeting</a></psy-self-check
    >`,
  );

async function expectHelpScreen(el: PsySelfCheck) {
  const screen = $(el, '[part="crisis"]')!;
  expect(screen, 'the help screen').to.exist;
  expect($(el, '#crisis')!.textContent!.trim()).to.equal('Help you can reach now');
  expect(focusOf(el)).to.equal('div#crisis');
  expect(screen.innerText).to.contain('It is fine to come back to them later.');
  // numbers in full, without another click: call and text links that show the number
  const help = await panel(el);
  const links = [...help.shadowRoot!.querySelectorAll('a')];
  const call = links.find((a) => a.getAttribute('href') === 'tel:116123')!;
  const text = links.find((a) => a.getAttribute('href')!.startsWith('sms:85258'))!;
  for (const link of [call, text]) {
    const box = link.getBoundingClientRect();
    expect(box.height, link.textContent!).to.be.greaterThan(0);
  }
  expect(call.textContent).to.contain('116 123');
  expect(help.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('tel:999');
  // no verdict, no booking advice, no call to action
  expect($(el, '#result')).to.equal(null);
  expect(el.shadowRoot!.textContent).not.to.match(/suit you|Book a first meeting with/);
  expect($(el, 'slot[name="cta"]')).to.equal(null);
  expect(el.querySelector('a[slot=cta]')!.getBoundingClientRect().height).to.equal(0);
}

describe('<psy-self-check> crisis answer', () => {
  it('ends a hopeful check in help, not a verdict, with the outcome crisis only', async () => {
    const el = await withCta(undefined, true);
    const events = record(el);
    await answerAll(el, hopefulThenCrisis);
    await expectHelpScreen(el);
    expect(events).to.deep.equal([
      { type: 'psy-crisis', detail: { region: 'GB' } },
      { type: 'psy-complete', detail: { outcome: 'crisis' } },
    ]);
    expect(liveText(el)).to.equal('Help you can reach now');
  });

  it('shows help as soon as a crisis answer is confirmed, before the other questions', async () => {
    const el = await withCta(clinicSet);
    const events = record(el);
    await answerAll(el, ['fine']);
    await choose(el, 'crisis');
    expect(events, 'nothing before Next').to.deep.equal([]);
    await click(el, 'Next');
    await expectHelpScreen(el);
    expect(events).to.deep.equal([{ type: 'psy-crisis', detail: { region: 'GB' } }]);
  });

  it('goes back to the question, its answer kept, for an answer chosen by mistake', async () => {
    const el = await withCta(clinicSet);
    const events = record(el);
    await answerAll(el, ['fine', 'crisis']);
    await click(el, 'Back to the questions');
    expect(legend(el)).to.equal('How are you today?');
    expect(focusOf(el)).to.equal('span#question');
    expect($<HTMLInputElement>(el, 'input:checked')!.value).to.equal('crisis');
    await answerFromHere(el, ['ok', 'yes']);
    expect($(el, '#result')!.textContent!.trim()).to.equal(
      'Your answers line up more with how our psychodynamic group usually works',
    );
    expect(events.at(-1)).to.deep.equal({ type: 'psy-complete', detail: { outcome: 'closer-psychodynamic' } });
    // the call to action stays hidden for the rest of the visit
    expect($(el, 'slot[name="cta"]')).to.equal(null);
  });

  it('ends in the same help screen when the visitor goes back and keeps the crisis answer', async () => {
    const el = await withCta(clinicSet, true);
    const events = record(el);
    await answerAll(el, ['fine', 'crisis']);
    await click(el, 'Back to the questions');
    await click(el, 'Next'); // the crisis answer kept: the questions go on
    expect(legend(el)).to.equal('Would hearing others help you?');
    await answerFromHere(el, ['yes']);
    await expectHelpScreen(el);
    expect(events.filter((e) => e.type === 'psy-complete')).to.deep.equal([
      { type: 'psy-complete', detail: { outcome: 'crisis' } },
    ]);
  });

  it('keeps Back and the earlier answers after going back from help', async () => {
    const el = await withCta(clinicSet);
    await answerAll(el, ['fine', 'crisis']);
    await click(el, 'Back to the questions');
    await click(el, 'Back');
    expect(legend(el)).to.equal('How do you feel about sharing with others?');
    expect($<HTMLInputElement>(el, 'input:checked')!.value).to.equal('fine');
  });

  it('prints the helplines from the help screen', async () => {
    const el = await withCta(clinicSet);
    await answerAll(el, ['fine', 'crisis']);
    const print = window.print;
    let printed = false;
    window.print = () => {
      printed = true;
      // the widget alone prints, with the help screen and its numbers
      expect(el.hasAttribute('data-psy-printing')).to.equal(true);
      expect($(el, '[part="crisis"] psy-help-now')).to.exist;
    };
    try {
      await click(el, 'Print or save as PDF');
    } finally {
      window.print = print;
      window.dispatchEvent(new Event('afterprint'));
    }
    expect(printed).to.equal(true);
  });

  it('names the set and what it needs when a clinic set has no crisis answer; urgent help still works', async () => {
    const noCrisis = structuredClone(clinicSet);
    noCrisis.questions[1]!.options[2] = { id: 'bad', label: 'Bad', leans: { psychodynamic: 0, cbt: 0 } };
    const warnings = spyWarnings();
    try {
      const el = await mount(html`<psy-self-check region="GB" .questions=${noCrisis}></psy-self-check>`);
      const problem = $(el, '[part="problem"]')!.innerText;
      expect(problem).to.contain('"clinic-check"');
      expect(problem).to.contain('crisis: true');
      expect(warnings.calls.join('\n')).to.contain('crisis: true');
      await click(el, 'I need help now');
      const help = $(el, 'psy-help-now') as PsyHelpNow;
      await help.updateComplete;
      expect(help.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('tel:999');
    } finally {
      warnings.restore();
    }
  });

  it('runs the default set past the crisis question when no crisis answer is chosen', async () => {
    const el = await withCta();
    await answerAll(el, towardsPsychodynamic);
    expect($(el, '[part="crisis"]')).to.equal(null);
    expect($(el, '#result')).to.exist;
    expect(defaultSet.questions.at(-1)!.options.some((o) => o.crisis)).to.equal(true);
  });
});
