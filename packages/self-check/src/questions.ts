import type { QuestionSet } from '@psy-widgets/content';
import { lazy } from '@psy-widgets/core/lazy.js';
import { hold, track } from '@psy-widgets/core/pending.js';
import type { ReactiveControllerHost } from 'lit';
import type { InputProblem } from '@psy-widgets/core/psy-element.js';

// The default questions, with their leans, sources and notes, load from their own file as soon as this one has run;
// until they arrive the header, with "I need help now", shows alone.
export const defaults = lazy(() =>
  import('@psy-widgets/content/packs/en-GB/self-check.js').then((m) => m.questionSets),
);
void defaults.load();

// The schema that checks a page's own question set loads with the first one.
const checker = lazy(() => import('./check-questions.js'));

/** A page's own question set: what was given, and once checked, the set and what is wrong with it. */
export interface Checked {
  input: unknown;
  set?: QuestionSet;
  problems?: InputProblem[];
}

/** Checks a page's question set with the schema, which loads on first use; `host` waits for it. */
export function checkOwn(host: ReactiveControllerHost, input: unknown): Checked {
  const checked: Checked = { input };
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

/** The default set that profiles `therapy`, or what is wrong: nothing while the defaults load, a message if they fail. */
export function defaultSet(therapy: string): [QuestionSet | undefined, InputProblem[] | undefined] {
  if (!defaults.value) {
    // if they could not load, say so; urgent help still works above the message
    const message =
      'The questions could not load, because part of this page did not load. Reload the page to try again.';
    return [
      undefined,
      defaults.failed ? [{ name: 'questions', received: undefined, expected: 'the default questions', message }] : [],
    ];
  }
  const sets = Object.values(defaults.value);
  const set = sets.find((set) => therapy in set.therapies);
  return set
    ? [set, undefined]
    : [
        undefined,
        [{ name: 'therapy', received: therapy, expected: sets.flatMap((s) => Object.keys(s.therapies)).join(' or ') }],
      ];
}
