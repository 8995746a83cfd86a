import type { Option, Outcome, QuestionSet } from './schema.js';

/**
 * The outcome id of the crisis route. Every question set has at least one answer marked `crisis` (the schema checks
 * it); choosing one ends the check in help, never in a result, whatever the other answers add up to.
 */
export const CRISIS_OUTCOME = 'crisis';

/** What a visitor's answers lead to: help (the crisis route) or an outcome of the set. */
export type Assessment =
  | { crisis: true; outcome: typeof CRISIS_OUTCOME; total: number; chosen: Option[] }
  | {
      crisis: false;
      /** The outcome's id. */
      outcome: string;
      /** The outcome itself: the first (in order) whose minScore is at most the total; the catch-all otherwise. */
      fit: Outcome;
      /** Sum of the chosen options' weights. */
      total: number;
      /** The chosen options, in question order, for showing their reasons. */
      chosen: Option[];
    };

/** The outcome a total reaches: the first whose minScore <= total, else the catch-all. */
export function outcomeFor(set: QuestionSet, total: number): Outcome {
  const outcome = set.outcomes.find((o) => o.minScore === null || o.minScore <= total);
  // a valid set always ends with a catch-all; fall back to the last outcome all the same
  return outcome ?? (set.outcomes[set.outcomes.length - 1] as Outcome);
}

/**
 * The one place a self-check's outcome is decided, from answers given as question id -> option id (unknown or missing
 * answers count 0). A chosen crisis answer wins over any total.
 */
export function assessAnswers(set: QuestionSet, answers: Readonly<Record<string, string>>): Assessment {
  const chosen: Option[] = [];
  for (const question of set.questions) {
    const option = question.options.find((o) => o.id === answers[question.id]);
    if (option) chosen.push(option);
  }
  const total = chosen.reduce((sum, option) => sum + option.weight, 0);
  if (chosen.some((option) => option.crisis)) return { crisis: true, outcome: CRISIS_OUTCOME, total, chosen };
  const fit = outcomeFor(set, total);
  return { crisis: false, outcome: fit.id, fit, total, chosen };
}
