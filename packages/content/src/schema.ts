/**
 * The shape of a content pack, as valibot schemas. The TypeScript types are inferred from the
 * schemas, so the two cannot drift apart.
 *
 * Each message passed to an action below is written as what was *expected*; `validate.ts` turns
 * valibot's issues into `ContentIssue`s that name the path, what was expected and what was found.
 *
 * Content is text, never HTML: every visible string is a plain string that elements render as text.
 * Links (`url`) must be https, so no `javascript:` address can reach an `href`.
 *
 * One file per concern in schema/: the building blocks, rich text, therapies, sources and glossary, the comparison,
 * the self-check, urgent help, the whole pack and its cross-reference check, the partial pack, and the types.
 */
export {
  IdSchema,
  TextSchema,
  IsoDateSchema,
  HttpsUrlSchema,
  LocaleSchema,
  RegionCodeSchema,
} from './schema/basics.js';
export {
  TermRefSchema,
  StrongSchema,
  InlineSchema,
  RichTextSchema,
  SourceIdsSchema,
  DESCRIBES,
  DescribesSchema,
  StatementSchema,
  ParagraphSchema,
  ListSchema,
  BlockSchema,
} from './schema/rich-text.js';
export { SectionSchema, FaqItemSchema, ReviewSchema, TherapySchema } from './schema/therapy.js';
export { SOURCE_KINDS, SourceKindSchema, isReputable, SourceSchema, GlossaryEntrySchema } from './schema/sources.js';
export { AspectSchema, CellSchema } from './schema/comparison.js';
export { LeanSchema, OptionSchema, QuestionSchema, SetTherapySchema, QuestionSetSchema } from './schema/self-check.js';
export { AreaCodeSchema, HelplineSchema, HelpRegionSchema, HelpFallbackSchema } from './schema/help.js';
export { ContentPackSchema } from './schema/pack.js';
export { PartialContentPackSchema } from './schema/partial-pack.js';
export type {
  TermRef,
  Inline,
  RichText,
  Statement,
  Paragraph,
  List,
  Block,
  Section,
  FaqItem,
  Review,
  Therapy,
  Source,
  SourceKind,
  Describes,
  GlossaryEntry,
  Aspect,
  Cell,
  Option,
  Question,
  SetTherapy,
  QuestionSet,
  Helpline,
  HelpRegion,
  HelpFallback,
  ContentPack,
  PartialContentPack,
} from './schema/types.js';
