import { expect, html, oneEvent } from '@open-wc/testing';
import { assessAnswers } from '../../packages/content/src/score.js';
import {
  $,
  $$,
  answerAll,
  mount,
  defaultSet,
  mixedAnswers,
  towardsCbt,
  towardsPsychodynamic,
  type PsySelfCheck,
} from './helpers.js';

const byQuestion = (answers: readonly string[]) =>
  Object.fromEntries(defaultSet.questions.map((q, i) => [q.id, answers[i]!]));

async function finish(answers: readonly string[], therapy = 'psychodynamic') {
  const el = await mount(html`<psy-self-check region="GB" therapy=${therapy}></psy-self-check>`);
  const completed = oneEvent(el, 'psy-complete');
  await answerAll(el, answers);
  return { el, detail: (await completed).detail as unknown };
}

const heading = (el: PsySelfCheck) => $(el, '#result')!.textContent!.trim();
const resultText = (el: PsySelfCheck) => $(el, '[part="result"]')!.innerText;

describe('<psy-self-check> result, one profile for two therapies', () => {
  const table = [
    { answers: towardsPsychodynamic, outcome: 'closer-psychodynamic' },
    { answers: towardsCbt, outcome: 'closer-cbt' },
    { answers: mixedAnswers, outcome: 'mixed' },
  ];
  for (const { answers, outcome } of table) {
    it(`${answers.join(', ')} -> ${outcome}`, () => {
      expect(assessAnswers(defaultSet, byQuestion(answers)).outcome).to.equal(outcome);
    });
  }

  it('frames answers that fit psychodynamic therapy, asked about psychodynamic therapy', async () => {
    const { el, detail } = await finish(towardsPsychodynamic);
    expect(detail).to.deep.equal({ outcome: 'closer-psychodynamic' });
    expect($(el, '#title')!.textContent!.trim()).to.equal('Might psychodynamic therapy suit me?');
    expect(heading(el)).to.equal('Your answers line up more with how psychodynamic therapy usually works');
    expect(resultText(el)).to.contain('That is a good thing to talk about with a therapist.');
  });

  it('runs the same questions for therapy="cbt" and frames the result for CBT', async () => {
    const el = await mount(html`<psy-self-check region="GB" therapy="cbt"></psy-self-check>`);
    expect($(el, '#title')!.textContent!.trim()).to.equal('Might CBT suit me?');
    const { el: done, detail } = await finish(towardsPsychodynamic, 'cbt');
    expect(detail).to.deep.equal({ outcome: 'closer-psychodynamic' });
    expect(heading(done)).to.equal('Your answers line up more with how psychodynamic therapy usually works');
    expect(resultText(done)).to.contain('This does not rule out CBT: talk it through with a therapist.');
    // the therapy asked about comes first on every dimension
    const first = $$(done, '.dimension li strong').map((s) => s.textContent);
    expect(first[0]).to.equal('CBT');
    expect(first[1]).to.equal('Psychodynamic therapy');
  });

  it('shows both therapies as options when the answers are mixed', async () => {
    const { el, detail } = await finish(mixedAnswers);
    expect(detail).to.deep.equal({ outcome: 'mixed' });
    expect(heading(el)).to.equal('Your answers fit parts of each approach');
    const options = $$(el, '.mixed li').map((li) => li.innerText);
    expect(options).to.have.length(2);
    expect(options[0]).to.match(/^Psychodynamic therapy: Answers that fit how it usually works: \d of 6$/);
    expect(options[1]).to.match(/^CBT: Answers that fit how it usually works: \d of 6$/);
  });

  it('goes through the answers dimension by dimension, with the reasons and how each therapy works', async () => {
    const { el } = await finish(towardsCbt);
    const dimensions = $$(el, '.dimension');
    // every question but the one about steadiness, which is there for the crisis route
    expect(dimensions).to.have.length(defaultSet.questions.length - 1);
    for (const [i, dimension] of dimensions.entries()) {
      const question = defaultSet.questions[i]!;
      const option = question.options.find((o) => o.id === towardsCbt[i])!;
      const text = dimension.innerText;
      expect(text).to.contain(question.topic);
      expect(text).to.contain(`You said: ${option.reason}`);
      for (const [therapy, way] of Object.entries(question.ways!)) {
        expect(text).to.contain(way.text[0]);
        const lean = option.leans[therapy]!;
        const name = therapy === 'cbt' ? 'CBT' : 'Psychodynamic therapy';
        const word = lean > 0 ? 'fits what you said' : lean < 0 ? 'works in a different way' : 'can work either way';
        expect(text, `${question.id}, ${therapy}`).to.contain(`${name} ${word}.`);
      }
    }
  });

  it('says why it asks about preferences, never gives a verdict, and always says it is not a diagnosis', async () => {
    for (const answers of [towardsPsychodynamic, towardsCbt, mixedAnswers]) {
      const { el } = await finish(answers);
      const text = resultText(el);
      expect(text).to.contain('Why we ask about preferences');
      for (const why of defaultSet.why) expect(text).to.contain(why.text[0]);
      expect(text).not.to.match(/right for you|suit you well/i);
      expect($(el, '[part="note"] strong')!.textContent).to.equal('This is not a diagnosis.');
      expect($(el, '[part="note"]')!.innerText).to.contain('talk it through with a qualified professional');
      expect(text).to.contain('Questions worth asking at a first session');
      for (const question of defaultSet.firstSessionQuestions) expect(text).to.contain(question);
    }
  });
});
