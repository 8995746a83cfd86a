import { expect } from '@open-wc/testing';
import { assessAnswers, enGB, type QuestionSet } from '../../packages/content/src/index.js';
import { nextStep } from '../../packages/self-check/src/flow.js';
import { clinicSet, everyAnswer } from '../helpers/question-sets.js';

/**
 * A visitor who gives `answers` and presses Next on every question; on the help screen they choose "Back to the
 * questions" and press Next again, as the self-check allows. Returns every screen Next led to, in order.
 */
function walk(set: QuestionSet, answers: Record<string, string>) {
  const seen = new Set<string>();
  const screens: string[] = [];
  let index = 0;
  for (let presses = 0; presses < set.questions.length * 2 + 1; presses++) {
    const step = nextStep(set, index, answers, seen);
    if (!step) throw new Error(`no step from question ${index}`);
    screens.push(step.screen === 'question' ? `question ${step.index}` : step.screen);
    if (step.screen === 'question') index = step.index;
    else if (step.screen === 'crisis' && !step.outcome) seen.add(set.questions[index]!.id);
    else return { screens, outcome: step.outcome };
  }
  throw new Error('the check never ended');
}

describe('<psy-self-check> where Next leads (flow.ts), for every answer combination', () => {
  for (const set of [...Object.values(enGB.questionSets!), clinicSet]) {
    it(`${set.id}: each crisis answer leads to help when confirmed, and a check with one never ends in a result`, () => {
      const failures: string[] = [];
      let combinations = 0;
      for (const answers of everyAnswer(set)) {
        combinations++;
        const { screens, outcome } = walk(set, answers);
        // what a careful reading of the rule expects, question by question
        const expected: string[] = [];
        set.questions.forEach((question, i) => {
          const crisis = question.options.find((o) => o.id === answers[question.id])!.crisis;
          const last = i === set.questions.length - 1;
          if (crisis && !last) expected.push('crisis');
          if (!last) expected.push(`question ${i + 1}`);
        });
        const anyCrisis = set.questions.some((q) => q.options.find((o) => o.id === answers[q.id])!.crisis);
        expected.push(anyCrisis ? 'crisis' : 'result');
        const expectedOutcome = anyCrisis ? 'crisis' : assessAnswers(set, answers).outcome;
        if (screens.join() !== expected.join() || outcome !== expectedOutcome) {
          failures.push(`${JSON.stringify(answers)}: ${screens.join(' > ')} (${outcome})`);
        }
      }
      expect(failures.slice(0, 5), `${failures.length} of ${combinations} combinations went wrong`).to.deep.equal([]);
      expect(combinations).to.equal(set.questions.reduce((all, q) => all * q.options.length, 1));
    });
  }

  it('stays on a question that has no answer', () => {
    const [first] = clinicSet.questions;
    expect(nextStep(clinicSet, 0, {}, new Set())).to.equal(undefined);
    expect(nextStep(clinicSet, 1, { [first!.id]: first!.options[0]!.id }, new Set())).to.equal(undefined);
  });
});
