// The TypeScript types of a pack, inferred from the schemas so that the two cannot drift apart.
import type * as v from 'valibot';
import type { AspectSchema, CellSchema } from './comparison.js';
import type { HelpFallbackSchema, HelplineSchema, HelpRegionSchema } from './help.js';
import type { ContentPackSchema } from './pack.js';
import type { PartialContentPackSchema } from './partial-pack.js';
import type {
  BlockSchema,
  DescribesSchema,
  InlineSchema,
  ListSchema,
  ParagraphSchema,
  RichTextSchema,
  StatementSchema,
  TermRefSchema,
} from './rich-text.js';
import type { OptionSchema, QuestionSchema, QuestionSetSchema, SetTherapySchema } from './self-check.js';
import type { GlossaryEntrySchema, SourceKindSchema, SourceSchema } from './sources.js';
import type { FaqItemSchema, ReviewSchema, SectionSchema, TherapySchema } from './therapy.js';

export type TermRef = v.InferOutput<typeof TermRefSchema>;
export type Inline = v.InferOutput<typeof InlineSchema>;
export type RichText = v.InferOutput<typeof RichTextSchema>;
export type Statement = v.InferOutput<typeof StatementSchema>;
export type Paragraph = v.InferOutput<typeof ParagraphSchema>;
export type List = v.InferOutput<typeof ListSchema>;
export type Block = v.InferOutput<typeof BlockSchema>;
export type Section = v.InferOutput<typeof SectionSchema>;
export type FaqItem = v.InferOutput<typeof FaqItemSchema>;
export type Review = v.InferOutput<typeof ReviewSchema>;
export type Therapy = v.InferOutput<typeof TherapySchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type SourceKind = v.InferOutput<typeof SourceKindSchema>;
export type Describes = v.InferOutput<typeof DescribesSchema>;
export type GlossaryEntry = v.InferOutput<typeof GlossaryEntrySchema>;
export type Aspect = v.InferOutput<typeof AspectSchema>;
export type Cell = v.InferOutput<typeof CellSchema>;
export type Option = v.InferOutput<typeof OptionSchema>;
export type Question = v.InferOutput<typeof QuestionSchema>;
export type SetTherapy = v.InferOutput<typeof SetTherapySchema>;
export type QuestionSet = v.InferOutput<typeof QuestionSetSchema>;
export type Helpline = v.InferOutput<typeof HelplineSchema>;
export type HelpRegion = v.InferOutput<typeof HelpRegionSchema>;
export type HelpFallback = v.InferOutput<typeof HelpFallbackSchema>;
export type ContentPack = v.InferOutput<typeof ContentPackSchema>;
export type PartialContentPack = v.InferOutput<typeof PartialContentPackSchema>;
