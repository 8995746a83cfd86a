import { expect } from '@open-wc/testing';
import { safeParse } from 'valibot';
import {
  CRISIS_OUTCOME,
  QuestionSetSchema,
  assessAnswers,
  enGB,
  toContentIssue,
  type QuestionSet,
} from '../../packages/content/src/index.js';
import { clinicSet, everyAnswer } from '../helpers/question-sets.js';

const hasCrisis = (set: QuestionSet, answers: Record<string, string>) =>
  set.questions.some((q) => q.options.find((o) => o.id === answers[q.id])!.crisis);

/** How many answer combinations hold at least one crisis answer, counted apart from the enumeration. */
const crisisCombinations = (set: QuestionSet) =>
  set.questions.reduce((all, q) => all * q.options.length, 1) -
  set.questions.reduce((safe, q) => safe * q.options.filter((o) => !o.crisis).length, 1);

function checkEvery(set: QuestionSet) {
  let crisis = 0;
  let other = 0;
  const failures: string[] = [];
  for (const answers of everyAnswer(set)) {
    const assessment = assessAnswers(set, answers);
    if (hasCrisis(set, answers)) {
      crisis++;
      if (!assessment.crisis || assessment.outcome !== CRISIS_OUTCOME) failures.push(JSON.stringify(answers));
    } else {
      other++;
      if (assessment.crisis || assessment.outcome === CRISIS_OUTCOME) failures.push(JSON.stringify(answers));
    }
  }
  return { crisis, other, failures };
}

describe('the crisis route', () => {
  for (const set of [...Object.values(enGB.questionSets!), clinicSet]) {
    it(`${set.id}: every answer combination with a crisis answer ends in help, whatever the total`, () => {
      const { crisis, other, failures } = checkEvery(set);
      expect(failures.slice(0, 5), `${failures.length} combinations went wrong`).to.deep.equal([]);
      expect(crisis).to.equal(crisisCombinations(set));
      expect(crisis).to.be.greaterThan(0);
      expect(other).to.be.greaterThan(0);
    });
  }

  it('ends in help even when the crisis answer is the only one given', () => {
    const question = clinicSet.questions.find((q) => q.options.some((o) => o.crisis))!;
    const crisis = question.options.find((o) => o.crisis)!;
    expect(assessAnswers(clinicSet, { [question.id]: crisis.id }).outcome).to.equal('crisis');
    expect(assessAnswers(clinicSet, {}).outcome).to.not.equal('crisis');
  });

  it('refuses a question set with no crisis answer, naming the set and what it needs', () => {
    const noCrisis = structuredClone(clinicSet);
    for (const q of noCrisis.questions) for (const o of q.options) delete o.crisis;
    const result = safeParse(QuestionSetSchema, noCrisis);
    expect(result.success).to.equal(false);
    const issues = (result.issues ?? []).map(toContentIssue);
    const issue = issues.find((i) => i.path === 'questions')!;
    expect(issue.message).to.contain('"clinic-check"');
    expect(issue.message).to.contain('crisis: true');
  });

  it('accepts the small clinic set as it is', () => {
    expect(safeParse(QuestionSetSchema, clinicSet).success).to.equal(true);
  });
});
