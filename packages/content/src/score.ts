import type { Option, Question, QuestionSet } from './schema.js';

/**
 * The outcome id of the crisis route. Every question set has at least one answer marked `crisis` (the schema checks
 * it); choosing one ends the check in help, never in a result, whatever the other answers add up to.
 */
export const CRISIS_OUTCOME = 'crisis';

/** The outcome id when no therapy's answers are ahead by the set's margin: both are shown as options. */
export const MIXED_OUTCOME = 'mixed';

/** One answered question, for showing it dimension by dimension. */
export interface Answered {
  question: Question;
  option: Option;
}

/** What a visitor's answers lead to: help (the crisis route) or a preference profile. */
export type Assessment =
  | { crisis: true; outcome: typeof CRISIS_OUTCOME; answered: Answered[] }
  | {
      crisis: false;
      /** `closer-<therapy>` when that therapy's total lean is ahead of every other's by the set's margin; else `mixed`. */
      outcome: string;
      /** The therapy the answers line up with more, or undefined when they are mixed. */
      closer?: string;
      /** therapy id -> the sum of the chosen answers' leans. */
      totals: Record<string, number>;
      /** The questions answered, in order, with the answer chosen. */
      answered: Answered[];
    };

/**
 * The one place a self-check's outcome is decided, from answers given as question id -> option id (unknown or missing
 * answers count for nothing). A chosen crisis answer wins over any total.
 */
export function assessAnswers(set: QuestionSet, answers: Readonly<Record<string, string>>): Assessment {
  const answered: Answered[] = [];
  for (const question of set.questions) {
    const option = question.options.find((o) => o.id === answers[question.id]);
    if (option) answered.push({ question, option });
  }
  if (answered.some(({ option }) => option.crisis)) return { crisis: true, outcome: CRISIS_OUTCOME, answered };
  const totals: Record<string, number> = {};
  for (const therapy of Object.keys(set.therapies)) {
    totals[therapy] = answered.reduce((sum, { option }) => sum + (option.leans[therapy] ?? 0), 0);
  }
  const ranked = Object.entries(totals).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  const closer = first && (!second || first[1] - second[1] >= set.margin) ? first[0] : undefined;
  return { crisis: false, outcome: closer ? `closer-${closer}` : MIXED_OUTCOME, closer, totals, answered };
}
