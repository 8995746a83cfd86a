// Loaded only when a page passes its own `.questions`: the schema and valibot stay out of the first load.
import { QuestionSetSchema, toContentIssue, type QuestionSet } from '@psy-widgets/content';
import type { InputProblem } from '@psy-widgets/core/psy-element.js';
import { safeParse } from 'valibot';

/** A page's question set, checked against the content schema. */
export function checkQuestions(input: unknown): { set?: QuestionSet; problems: InputProblem[] } {
  const result = safeParse(QuestionSetSchema, input);
  if (result.success) return { set: result.output, problems: [] };
  return {
    problems: result.issues.map((raw) => {
      const issue = toContentIssue(raw);
      return {
        name: `.questions → ${issue.path || '(the set)'}`,
        received: issue.received,
        expected: issue.expected,
        message: `.questions: ${issue.message}`,
      };
    }),
  };
}
