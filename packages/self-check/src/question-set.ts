// Which questions the self-check asks: the default set for its therapy, or a page's own set once the schema has
// checked it. Apart from the element, which only asks for a set and renders what it gets.
import { hold, lazy, track, type InputProblem } from '@psy-widgets/core';
import type { ReactiveControllerHost } from 'lit';
import type { QuestionSet } from '@psy-widgets/content';

// The default questions, with their leans, sources and notes, load from their own file as soon as this one has run;
// until they arrive the header, with "I need help now", shows alone.
export const defaults = lazy(() =>
  import('@psy-widgets/content/packs/en-GB/self-check.js').then((m) => m.questionSets),
);
void defaults.load();

// The schema that checks a page's own question set loads with the first one.
const checker = lazy(() => import('./check-questions.js'));

/** A page's question set and what its check found: no `problems` while the check is under way. */
export interface CheckedSet {
  input: unknown;
  set?: QuestionSet;
  problems?: InputProblem[];
}

/** Checks a page's question set with the schema, which loads on first use; `host` updates once it is checked. */
export function checkQuestionSet(host: ReactiveControllerHost, input: unknown): CheckedSet {
  const checked: CheckedSet = { input };
  hold(
    host,
    checker.load().then((loaded) => {
      if (!loaded) {
        const message = `.questions could not be checked, because the checker did not load (${String(checker.error)}).`;
        checked.problems = [{ name: '.questions', received: input, expected: 'a question set', message }];
        return;
      }
      const outcome = loaded.checkQuestions(input);
      if (outcome.terms) track(host, outcome.terms); // updateComplete waits for the glossary words to become terms
      Object.assign(checked, outcome);
    }),
  );
  return checked;
}

/**
 * The set to ask, from a page's checked set (`own`) or else the defaults for `therapy`; or the problems that stop it.
 * No problems while either is still loading or being checked (the header, with urgent help, shows meanwhile).
 */
export function findQuestionSet(therapy: string, own?: CheckedSet): QuestionSet | InputProblem[] {
  if (own) return own.set ?? own.problems ?? [];
  if (!defaults.value) {
    // if they could not load, say so; urgent help still works above the message
    const message =
      'The questions could not load, because part of this page did not load. Reload the page to try again.';
    return defaults.failed
      ? [{ name: 'questions', received: undefined, expected: 'the default questions', message }]
      : [];
  }
  const sets = Object.values(defaults.value);
  const set = sets.find((s) => therapy in s.therapies);
  if (set) return set;
  return [{ name: 'therapy', received: therapy, expected: sets.flatMap((s) => Object.keys(s.therapies)).join(' or ') }];
}
