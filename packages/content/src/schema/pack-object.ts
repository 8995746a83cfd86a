// The entries of a whole pack, each checked on its own (the cross-reference check in references.ts comes after).
import * as v from 'valibot';
import { IdSchema, LocaleSchema, RegionCodeSchema } from './basics.js';
import { AspectSchema, CellSchema } from './comparison.js';
import { HelpFallbackSchema, HelpRegionSchema } from './help.js';
import { uniqueIds } from './paths.js';
import { QuestionSetSchema } from './self-check.js';
import { GlossaryEntrySchema, SourceSchema } from './sources.js';
import { TherapySchema } from './therapy.js';

const packEntries = {
  locale: LocaleSchema,
  therapies: v.optional(v.record(IdSchema, TherapySchema)),
  glossary: v.optional(v.record(IdSchema, GlossaryEntrySchema)),
  sources: v.optional(v.record(IdSchema, SourceSchema)),
  aspects: v.optional(v.pipe(v.array(AspectSchema), uniqueIds())),
  /** therapy id -> aspect id -> cell */
  comparison: v.optional(v.record(IdSchema, v.record(IdSchema, CellSchema))),
  questionSets: v.optional(v.record(IdSchema, QuestionSetSchema)),
  /** region code -> help for that region */
  helplines: v.optional(v.record(RegionCodeSchema, HelpRegionSchema)),
  /** For any region without its own entry in helplines. */
  helpFallback: v.optional(HelpFallbackSchema),
};

export const PackObjectSchema = v.strictObject(packEntries);
