import type { Option, Outcome, QuestionSet } from './schema.js';

export interface ScoreResult {
  /** Sum of the chosen options' weights. */
  total: number;
  /** The first outcome (in order) whose minScore is at most the total; the catch-all (null) otherwise. */
  outcome: Outcome;
  /** The chosen options, in question order, for showing their reasons. */
  chosen: Option[];
}

/** The outcome a total reaches: the first whose minScore <= total, else the catch-all. */
export function outcomeFor(set: QuestionSet, total: number): Outcome {
  const outcome = set.outcomes.find((o) => o.minScore === null || o.minScore <= total);
  // a valid set always ends with a catch-all; fall back to the last outcome all the same
  return outcome ?? (set.outcomes[set.outcomes.length - 1] as Outcome);
}

/** Scores answers given as question id -> option id. Unknown or missing answers count 0. */
export function scoreAnswers(set: QuestionSet, answers: Readonly<Record<string, string>>): ScoreResult {
  const chosen: Option[] = [];
  for (const question of set.questions) {
    const option = question.options.find((o) => o.id === answers[question.id]);
    if (option) chosen.push(option);
  }
  const total = chosen.reduce((sum, option) => sum + option.weight, 0);
  return { total, outcome: outcomeFor(set, total), chosen };
}
