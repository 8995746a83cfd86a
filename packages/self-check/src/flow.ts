// Where Next leads: the self-check's one safety rule in the flow, apart from the element so that it can be tested
// against every answer combination (tests/self-check/flow-rule.test.ts).
import { assessAnswers, type QuestionSet } from '@psy-widgets/content';

/** The screen Next leads to from a question; `undefined` while that question has no answer. */
export type NextStep =
  | { screen: 'question'; index: number }
  /** Help, not a result. `outcome` is set when this ends the check (`crisis`). */
  | { screen: 'crisis'; outcome?: string }
  | { screen: 'result'; outcome: string }
  | undefined;

/**
 * A crisis answer leads to the help screen as soon as it is confirmed; once that screen has shown for a question
 * (`crisisSeen`), confirming the same answer again goes on with the questions. At the end the outcome comes from
 * `assessAnswers`, where a crisis answer wins over any total, so a check with one never ends in a result.
 */
export function nextStep(
  set: QuestionSet,
  index: number,
  answers: Readonly<Record<string, string>>,
  crisisSeen: ReadonlySet<string>,
): NextStep {
  const question = set.questions[index]!;
  const answer = answers[question.id];
  if (!answer) return undefined;
  if (index + 1 < set.questions.length) {
    const crisis = question.options.find((option) => option.id === answer)?.crisis;
    return crisis && !crisisSeen.has(question.id) ? { screen: 'crisis' } : { screen: 'question', index: index + 1 };
  }
  const { crisis, outcome } = assessAnswers(set, answers);
  return { screen: crisis ? 'crisis' : 'result', outcome };
}
