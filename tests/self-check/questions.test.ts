import { expect, html } from '@open-wc/testing';
import type { QuestionSet } from '../../packages/content/src/schema.js';
import type { PsyHelpNow } from '../../packages/core/src/index.js';
import { lean } from '../helpers/question-sets.js';
import { spyWarnings } from '../helpers/warnings.js';
import { $, answerAll, mount, choose, click, legend, liveText } from './helpers.js';

const custom: QuestionSet = {
  id: 'group-fit',
  therapies: {
    psychodynamic: { name: 'our group', title: 'Might group therapy suit me?' },
    cbt: { name: 'our course', title: 'Might our course suit me?' },
  },
  intro: ['Two questions about groups.'],
  why: [{ text: ['What you want matters.'], sources: [] }],
  questions: [
    {
      id: 'others',
      topic: 'Sharing',
      prompt: 'How do you feel about sharing with others?',
      hint: 'There is no right answer.',
      basis: ['cnip16'],
      ways: {
        psychodynamic: { text: ['The group talks openly.'], sources: [] },
        cbt: { text: ['The course follows a plan.'], sources: [] },
      },
      options: [
        { id: 'fine', label: 'Fine', leans: lean(2, 0), reason: 'You are at ease sharing with others.' },
        { id: 'hard', label: 'Hard', leans: lean(-2, 2), reason: 'Sharing with others feels hard.' },
        { id: 'crisis', label: 'I feel in crisis', leans: lean(0, 0), crisis: true },
      ],
    },
    {
      id: 'listen',
      topic: 'Listening',
      prompt: 'Would hearing others help you?',
      basis: ['cnip16'],
      ways: {
        psychodynamic: { text: ['You hear the others in the group.'], sources: [] },
        cbt: { text: ['You learn skills with others.'], sources: [] },
      },
      options: [
        { id: 'yes', label: 'Yes', leans: lean(1, 0), reason: 'Hearing others could help you.' },
        { id: 'no', label: 'No', leans: lean(0, 0), reason: 'Hearing others may not help you.' },
      ],
    },
  ],
  margin: 3,
  professionalNote: ['This is not a diagnosis.'],
  firstSessionQuestions: [],
};

describe('<psy-self-check> custom questions', () => {
  it('runs a custom set, assessed by its own leans and margin', async () => {
    const el = await mount(html`<psy-self-check region="GB" .questions=${custom}></psy-self-check>`);
    expect($(el, '#title')!.textContent!.trim()).to.equal('Might group therapy suit me?');
    expect($(el, '[part="intro"]')!.innerText).to.contain('Two questions about groups.');
    expect($(el, '[part="intro"]')!.innerText).to.contain('2 short questions');
    await answerAll(el, ['fine']);
    expect(legend(el)).to.equal('Would hearing others help you?');
    expect(liveText(el)).to.equal('Question 2 of 2');
    await choose(el, 'yes');
    await click(el, 'See my result');
    expect($(el, '#result')!.textContent!.trim()).to.equal(
      'Your answers line up more with how our group usually works',
    );
  });

  it('turns glossary terms in a custom set into terms that open their definition', async () => {
    expect(customElements.get('psy-term'), 'not loaded for the default questions').to.equal(undefined);
    const withTerm: QuestionSet = {
      ...custom,
      intro: ['Groups can work with ', { term: 'transference', text: 'transference' }, ' too.'],
    };
    const el = await mount(html`<psy-self-check region="GB" .questions=${withTerm}></psy-self-check>`);
    const term = $(el, '[part="intro"] psy-term')!;
    expect(customElements.get('psy-term')).to.not.equal(undefined);
    const trigger = term.shadowRoot!.querySelector('button')!;
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    expect(term.textContent!.trim()).to.equal('transference');
  });

  it('links a hint to its question', async () => {
    const el = await mount(html`<psy-self-check region="GB" .questions=${custom}></psy-self-check>`);
    await click(el, 'Start');
    expect($(el, '#hint')!.textContent).to.equal('There is no right answer.');
    expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.equal('hint');
  });

  it('shows a clear message for a set that does not fit the schema, and warns once', async () => {
    const warnings = spyWarnings();
    try {
      const broken = { ...custom, margin: 0 };
      const el = await mount(html`<psy-self-check region="GB" .questions=${broken}></psy-self-check>`);
      const problem = $(el, '[part="problem"]')!;
      expect(problem.innerText).to.contain('.questions: "margin"');
      expect(problem.innerText).to.contain('a whole number from 1 up');
      expect($(el, '[part="intro"]')).to.equal(null);
      expect(warnings.calls).to.have.length(1);
      expect(warnings.calls[0]).to.contain('<psy-self-check>').and.contain('margin');
    } finally {
      warnings.restore();
    }
  });

  it('shows a message for an unknown therapy', async () => {
    const warnings = spyWarnings();
    try {
      const el = await mount(html`<psy-self-check region="GB" therapy="gestalt"></psy-self-check>`);
      expect($(el, '[part="problem"]')!.innerText).to.contain(
        'therapy="gestalt" is not accepted; use psychodynamic or cbt.',
      );
    } finally {
      warnings.restore();
    }
  });

  it('shows a message for an invalid region, and urgent help still gives the general advice', async () => {
    const warnings = spyWarnings();
    try {
      const el = await mount(html`<psy-self-check region="XX"></psy-self-check>`);
      // the message names a UK nation among what is accepted, as a nation is (region.test.ts)
      expect($(el, '[part="problem"]')!.innerText).to.contain(
        'region="XX" is not accepted; use a region code such as GB, IE, US or GB-SCT.',
      );
      expect(warnings.calls.join('\n')).to.contain('region="XX"');
      await click(el, 'I need help now');
      const help = $(el, 'psy-help-now') as PsyHelpNow;
      await help.updateComplete;
      expect(help.shadowRoot!.querySelector<HTMLElement>('[part="panel"]')!.innerText).to.contain(
        'call your local emergency number',
      );
    } finally {
      warnings.restore();
    }
  });

  it('shows a message for a heading level it has no room for, and urgent help still works', async () => {
    const warnings = spyWarnings();
    try {
      const el = await mount(html`<psy-self-check region="GB" heading-level="5"></psy-self-check>`);
      expect($(el, '[part="problem"]')!.innerText).to.contain(
        'heading-level="5" is not accepted; use a whole number from 1 to 4.',
      );
      expect(warnings.calls).to.have.length(1);
      expect(warnings.calls[0]).to.contain('heading-level="5"');
      await click(el, 'I need help now');
      const help = $(el, 'psy-help-now') as PsyHelpNow;
      await help.updateComplete;
      expect(help.shadowRoot!.querySelector('a')!.textContent!.trim()).to.equal('Call 999');
    } finally {
      warnings.restore();
    }
  });

  it('starts again from the intro when the page hands over another set', async () => {
    const el = await mount(html`<psy-self-check region="GB"></psy-self-check>`);
    await click(el, 'Start');
    el.questions = custom;
    await el.updateComplete;
    expect($(el, '[part="intro"]')).to.exist;
    expect($(el, '#title')!.textContent!.trim()).to.equal('Might group therapy suit me?');
  });
});
