// A therapy: its overview, sections, questions and answers, and review dates.
import * as v from 'valibot';
import { IdSchema, IsoDateSchema, TextSchema } from './basics.js';
import { uniqueIds } from './paths.js';
import { BlocksSchema } from './rich-text.js';

export const SectionSchema = v.strictObject({ id: IdSchema, title: TextSchema, blocks: BlocksSchema });

export const FaqItemSchema = v.strictObject({ id: IdSchema, question: TextSchema, answer: BlocksSchema });

export const reviewEntries = {
  lastReviewed: IsoDateSchema,
  nextReview: IsoDateSchema,
  /** Filled in by a clinic; null in the default pack. */
  reviewer: v.nullable(TextSchema),
  author: TextSchema,
};

export const ReviewSchema = v.pipe(
  v.strictObject(reviewEntries),
  v.forward(
    v.partialCheck(
      [['lastReviewed'], ['nextReview']],
      (review) => review.nextReview > review.lastReviewed,
      'a date later than lastReviewed',
    ),
    ['nextReview'],
  ),
);

export const therapyEntries = {
  id: IdSchema,
  name: TextSchema,
  shortName: TextSchema,
  summary: TextSchema,
  overview: BlocksSchema,
  sections: v.pipe(v.array(SectionSchema), uniqueIds()),
  faq: v.pipe(v.array(FaqItemSchema), uniqueIds()),
};

export const TherapySchema = v.strictObject({ ...therapyEntries, review: ReviewSchema });
