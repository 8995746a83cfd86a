// Rich text: text only, never HTML, each statement with its sources.
import * as v from 'valibot';
import { IdSchema, TextSchema } from './basics.js';
import { nonEmpty } from './paths.js';

/** A glossary reference: `text` is shown, `term` is a glossary id. */
export const TermRefSchema = v.strictObject({ term: IdSchema, text: TextSchema });
/** A phrase shown with emphasis. */
export const StrongSchema = v.strictObject({ strong: TextSchema });

/** One piece of rich text. */
export const InlineSchema = v.union(
  [v.string(), TermRefSchema, StrongSchema],
  'plain text, a { term, text } glossary reference or a { strong } phrase',
);

/** Text only, never HTML. */
export const RichTextSchema = v.pipe(v.array(InlineSchema), nonEmpty('at least one piece of text'));

/** Ids into `pack.sources`. */
export const SourceIdsSchema = v.array(IdSchema);

/**
 * What a statement is about. Every statement is a clinical claim (what a therapy helps with, how well it works, for
 * whom it is recommended, its format and length, how to get it) unless it is marked `sessions`: it only describes
 * what sessions are like. A clinical claim needs a reputable source (any kind but `practice-page`); a practice page
 * may support only a `sessions` statement, beside a reputable source.
 */
export const DESCRIBES = ['sessions'] as const;
export const DescribesSchema = v.picklist(
  DESCRIBES,
  `one of ${DESCRIBES.join(', ')}, or left out for a clinical claim`,
);

export const StatementSchema = v.strictObject({
  text: RichTextSchema,
  sources: SourceIdsSchema,
  describes: v.optional(DescribesSchema),
});

export const ParagraphSchema = v.strictObject({
  type: v.literal('paragraph'),
  text: RichTextSchema,
  sources: SourceIdsSchema,
  describes: v.optional(DescribesSchema),
});

export const ListSchema = v.strictObject({
  type: v.literal('list'),
  intro: v.optional(RichTextSchema),
  items: v.pipe(v.array(StatementSchema), nonEmpty('at least one item')),
});

export const BlockSchema = v.variant('type', [ParagraphSchema, ListSchema]);
export const BlocksSchema = v.pipe(v.array(BlockSchema), nonEmpty('at least one paragraph or list'));
