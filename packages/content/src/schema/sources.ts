// Sources with their kinds, and the glossary.
import * as v from 'valibot';
import { HttpsUrlSchema, IdSchema, TextSchema } from './basics.js';
import { SourceIdsSchema } from './rich-text.js';

/**
 * What kind of source it is, shown to visitors beside it. Every kind but `practice-page` is reputable enough to carry a
 * clinical claim; a practice page (a clinic's or a therapist's own site, a directory, a blog) may only describe what
 * sessions are like, and never alone where a reputable source exists.
 */
export const SOURCE_KINDS = [
  'guideline',
  'systematic-review',
  'trial',
  'study',
  'textbook',
  'professional-body',
  'patient-information',
  'service-page',
  'practice-page',
] as const;
export const SourceKindSchema = v.picklist(SOURCE_KINDS, `one of ${SOURCE_KINDS.join(', ')}`);

/** True for every kind of source that may carry a clinical claim. */
export const isReputable = (kind: v.InferOutput<typeof SourceKindSchema>): boolean => kind !== 'practice-page';

export const sourceEntries = {
  id: IdSchema,
  kind: SourceKindSchema,
  title: TextSchema,
  author: v.optional(TextSchema),
  publisher: v.optional(TextSchema),
  year: v.optional(
    v.pipe(
      v.number(),
      v.integer('a whole year'),
      v.minValue(1800, 'a year after 1800'),
      v.maxValue(2100, 'a year before 2100'),
    ),
  ),
  url: v.optional(HttpsUrlSchema),
  /** The study design, e.g. "meta-analysis of 14 randomised trials". */
  design: v.optional(TextSchema),
  note: v.optional(TextSchema),
};
export const SourceSchema = v.strictObject(sourceEntries);

export const glossaryEntries = {
  id: IdSchema,
  term: TextSchema,
  definition: TextSchema,
  sources: SourceIdsSchema,
};
export const GlossaryEntrySchema = v.strictObject(glossaryEntries);
