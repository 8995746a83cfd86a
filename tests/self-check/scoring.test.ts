import { expect, html, oneEvent } from '@open-wc/testing';
import { assessAnswers } from '../../packages/content/src/score.js';
import { $, $$, answerAll, checkFixture, defaultSet, pick } from './helpers.js';

// Weights per question (see the default set): the total is their sum; the first outcome whose minScore <= total wins.
const table = [
  { weights: [2, 2, 2, 2, 2, 2, 1, 2, 2, 1], total: 18, outcome: 'good-fit', mixed: false },
  { weights: [2, 2, 2, 2, 2, -1, 0, -1, 2, 0], total: 10, outcome: 'good-fit', mixed: true },
  { weights: [2, 2, 2, 2, 2, -1, -1, -1, 2, 0], total: 9, outcome: 'discuss', mixed: true },
  { weights: [1, 0, 1, 0, 1, 1, -1, 0, 0, 0], total: 3, outcome: 'discuss', mixed: true },
  { weights: [1, 0, 1, 0, 1, 1, -1, -1, 0, 0], total: 2, outcome: 'other-first', mixed: true },
  { weights: [-1, -1, -2, -2, -1, -1, -1, -1, 0, 0], total: -10, outcome: 'other-first', mixed: false },
] as const;

describe('<psy-self-check> scoring', () => {
  it('covers every outcome of the default set', () => {
    expect(new Set(table.map((row) => row.outcome))).to.deep.equal(new Set(defaultSet.outcomes.map((o) => o.id)));
  });

  for (const row of table) {
    it(`total ${row.total} -> ${row.outcome}`, async () => {
      const answers = pick(row.weights);
      const expected = defaultSet.outcomes.find((o) => o.id === row.outcome)!;
      const byQuestion = Object.fromEntries(defaultSet.questions.map((q, i) => [q.id, answers[i]!]));
      expect(assessAnswers(defaultSet, byQuestion).total).to.equal(row.total);

      const el = await checkFixture(html`<psy-self-check region="GB"></psy-self-check>`);
      const completed = oneEvent(el, 'psy-complete');
      await answerAll(el, answers);
      expect((await completed).detail).to.deep.equal({ outcome: row.outcome });
      expect($(el, '#result')!.textContent!.trim()).to.equal(expected.title);
      expect($(el, '[part="result"]')!.innerText).to.contain(expected.summary.filter((p) => typeof p === 'string')[0]);

      // reasons, grouped by the way they point
      const reasons = $(el, '[part="reasons"]')!.innerText;
      const chosen = defaultSet.questions.map((q, i) => q.options.find((o) => o.id === answers[i])!);
      for (const option of chosen) expect(reasons).to.contain(option.reason!);
      expect(reasons.includes('Pointing towards this approach')).to.equal(chosen.some((o) => o.weight > 0));
      expect(reasons.includes('Pointing another way')).to.equal(chosen.some((o) => o.weight < 0));

      // mixed answers get at least two options to talk through
      const options = $$(el, '.mixed li');
      if (row.mixed) expect(options.length).to.be.at.least(2);
      else expect(options).to.have.length(0);
    });
  }

  it('puts each reason under the way it points', async () => {
    const el = await checkFixture(html`<psy-self-check region="GB"></psy-self-check>`);
    await answerAll(el, pick([2, 2, 2, 2, 2, -1, 0, -1, 2, 0]));
    const text = $(el, '[part="reasons"]')!.innerText;
    const towards = text.indexOf('Pointing towards this approach');
    const away = text.indexOf('Pointing another way');
    const neither = text.indexOf('Pointing neither way');
    expect(towards).to.be.lessThan(away);
    expect(away).to.be.lessThan(neither);
    const at = (reason: string) => text.indexOf(reason);
    expect(at('You notice patterns that keep coming back.')).to.be.within(towards, away);
    expect(at('You are looking for something short.')).to.be.within(away, neither);
    expect(at('This would be your first time in therapy.')).to.be.greaterThan(neither);
  });

  it('shows what to do next, first-session questions and the note that this is not a diagnosis', async () => {
    const el = await checkFixture(html`<psy-self-check region="GB"></psy-self-check>`);
    await answerAll(el, pick([2, 2, 2, 2, 2, 2, 1, 2, 2, 1]));
    const text = $(el, '[part="result"]')!.innerText;
    expect(text).to.contain('What you could do next');
    expect(text).to.contain('Book a first meeting with a psychodynamic therapist');
    expect(text).to.contain('Questions worth asking at a first session');
    for (const question of defaultSet.firstSessionQuestions) expect(text).to.contain(question);
    expect($(el, '[part="note"]')!.innerText).to.contain('This is not a diagnosis.');
    expect($(el, '[part="note"] strong')!.textContent).to.equal('This is not a diagnosis.');
  });
});
