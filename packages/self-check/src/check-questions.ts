// Loaded only when a page passes its own `.questions`: the schema and valibot stay out of the first load.
import { type InputProblem, loadTerm } from '@psy-widgets/core';
import { QuestionSetSchema, toContentIssue, type QuestionSet } from '@psy-widgets/content';
import { safeParse } from 'valibot';

/** True when some text in `value` marks a glossary term (`{ term, text }`). */
const hasTerms = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.some(hasTerms)
    : !!value &&
      typeof value === 'object' &&
      (('term' in value && 'text' in value) || Object.values(value).some(hasTerms));

/**
 * A page's question set, checked against the content schema. The default questions mark no glossary terms, so the
 * self-check does not load `<psy-term>`; a page's set that does gets it here (`terms`: until it has loaded).
 */
export function checkQuestions(input: unknown): {
  set?: QuestionSet;
  problems: InputProblem[];
  terms?: Promise<unknown>;
} {
  const result = safeParse(QuestionSetSchema, input);
  if (result.success) {
    const terms = hasTerms(result.output) && !customElements.get('psy-term') ? loadTerm() : undefined;
    return { set: result.output, problems: [], ...(terms && { terms }) };
  }
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
