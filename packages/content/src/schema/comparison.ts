// The comparison: its aspects, and one cell for each therapy and aspect.
import * as v from 'valibot';
import { IdSchema, TextSchema } from './basics.js';
import { RichTextSchema, SourceIdsSchema } from './rich-text.js';

export const AspectSchema = v.strictObject({ id: IdSchema, label: TextSchema, differsMost: v.boolean() });

export const cellEntries = { summary: RichTextSchema, detail: v.optional(RichTextSchema), sources: SourceIdsSchema };
export const CellSchema = v.strictObject(cellEntries);
