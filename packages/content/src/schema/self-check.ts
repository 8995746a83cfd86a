// The self-check's question sets: every option leans for each therapy, and every set has a crisis route.
import * as v from 'valibot';
import { IdSchema, TextSchema } from './basics.js';
import { nonEmpty, step, uniqueIds } from './paths.js';
import { RichTextSchema, SourceIdsSchema, StatementSchema } from './rich-text.js';

/** How far an answer leans towards (+) or away from (-) how a therapy usually works: a whole number from -2 to 2. */
export const LeanSchema = v.pipe(
  v.number(),
  v.integer('a whole number from -2 to 2'),
  v.minValue(-2, 'a whole number from -2 to 2'),
  v.maxValue(2, 'a whole number from -2 to 2'),
);

export const OptionSchema = v.strictObject({
  id: IdSchema,
  label: TextSchema,
  /** therapy id -> lean, one for every therapy the set profiles. */
  leans: v.record(IdSchema, LeanSchema),
  /** The answer in the visitor's own terms, for the result and its printout: "You would like to lead." */
  reason: v.optional(TextSchema),
  /**
   * True when this answer says the visitor is in crisis: confirming it turns the self-check into help, and a check
   * that ends with it shows help instead of a result. Every question set needs at least one.
   */
  crisis: v.optional(v.boolean()),
});

export const QuestionSchema = v.strictObject({
  id: IdSchema,
  /** The dimension of preference it asks about, in plain words: "Who leads the sessions". */
  topic: TextSchema,
  prompt: TextSchema,
  hint: v.optional(TextSchema),
  /** Source ids: the published research this question rests on. */
  basis: v.pipe(SourceIdsSchema, nonEmpty('at least one source id')),
  /** therapy id -> how that therapy usually works on this dimension, with its sources: the reason for its leans. */
  ways: v.optional(v.record(IdSchema, StatementSchema)),
  options: v.pipe(
    v.array(OptionSchema),
    v.minLength(2, 'from 2 to 5 answer options'),
    v.maxLength(5, 'from 2 to 5 answer options'),
    uniqueIds(),
  ),
});

/** A therapy a set profiles: its name in a sentence, and the check's title when a page asks about it. */
export const SetTherapySchema = v.strictObject({ name: TextSchema, title: TextSchema });

export const questionSetEntries = {
  id: IdSchema,
  /** therapy id -> its name and title; the first is the default. The same answers serve each. */
  therapies: v.pipe(
    v.record(IdSchema, SetTherapySchema),
    v.check((record) => Object.keys(record).length >= 1, 'at least one therapy'),
  ),
  intro: RichTextSchema,
  /** Why preferences are asked about, honestly: what the evidence shows and what it does not. */
  why: v.array(StatementSchema),
  questions: v.pipe(v.array(QuestionSchema), nonEmpty('at least one question'), uniqueIds()),
  /**
   * How far one therapy's total lean must be ahead of another's for the result to say the answers line up more with
   * it; closer than this, the answers are mixed and both are shown as options.
   */
  margin: v.pipe(v.number(), v.integer('a whole number from 1 up'), v.minValue(1, 'a whole number from 1 up')),
  /** Always shown: talk to a qualified professional; this is not a diagnosis. */
  professionalNote: RichTextSchema,
  firstSessionQuestions: v.array(TextSchema),
};

const QuestionSetObjectSchema = v.strictObject(questionSetEntries);

/** Every option leans once for each therapy the set profiles, and no other. */
const leanForEveryTherapy = v.rawCheck<v.InferOutput<typeof QuestionSetObjectSchema>>(({ dataset, addIssue }) => {
  if (!dataset.typed) return;
  const set = dataset.value;
  const therapies = Object.keys(set.therapies).sort().join(', ');
  set.questions.forEach((question, q) =>
    question.options.forEach((option, o) => {
      if (Object.keys(option.leans).sort().join(', ') !== therapies) {
        addIssue({
          message: `a lean for each of ${therapies}, and for no other therapy`,
          input: option.leans,
          path: [
            step(set, 'questions', set.questions),
            step(set.questions, q, question),
            step(question, 'options', question.options),
            step(question.options, o, option),
            step(option, 'leans', option.leans),
          ],
        });
      }
    }),
  );
});

/** Every set has a crisis route: an answer marked crisis. */
const crisisRoute = v.rawCheck<v.InferOutput<typeof QuestionSetObjectSchema>>(({ dataset, addIssue }) => {
  if (!dataset.typed) return;
  const set = dataset.value;
  if (!set.questions.some((question) => question.options.some((option) => option.crisis === true))) {
    addIssue({
      message: `at least one answer marked "crisis: true" in question set "${set.id}" (for example "I feel in crisis"), so that a visitor who says they are in crisis is shown help, not a result`,
      input: set.questions,
      path: [step(set, 'questions', set.questions)],
    });
  }
});

export const QuestionSetSchema = v.pipe(QuestionSetObjectSchema, leanForEveryTherapy, crisisRoute);
