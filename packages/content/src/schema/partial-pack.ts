// Partial packs: what a clinic passes to override or extend the defaults.
// Plain objects are partial at every level. Arrays of items with an id hold whole items: an item
// with a known id replaces that item, one with a new id is appended (see mergeContent).
import * as v from 'valibot';
import { IdSchema, LocaleSchema, RegionCodeSchema } from './basics.js';
import { AspectSchema, cellEntries } from './comparison.js';
import { emergencyEntries, helpFallbackEntries, helpRegionEntries } from './help.js';
import { NotAListSchema } from './pack.js';
import { uniqueIds } from './paths.js';
import { questionSetEntries } from './self-check.js';
import { glossaryEntries, sourceEntries } from './sources.js';
import { reviewEntries, therapyEntries } from './therapy.js';

const PartialPackObjectSchema = v.partial(
  v.strictObject({
    locale: LocaleSchema,
    therapies: v.record(
      IdSchema,
      v.partial(v.strictObject({ ...therapyEntries, review: v.partial(v.strictObject(reviewEntries)) })),
    ),
    glossary: v.record(IdSchema, v.partial(v.strictObject(glossaryEntries))),
    sources: v.record(IdSchema, v.partial(v.strictObject(sourceEntries))),
    aspects: v.pipe(v.array(AspectSchema), uniqueIds()),
    comparison: v.record(IdSchema, v.record(IdSchema, v.partial(v.strictObject(cellEntries)))),
    questionSets: v.record(IdSchema, v.partial(v.strictObject(questionSetEntries))),
    helplines: v.record(
      RegionCodeSchema,
      v.partial(v.strictObject({ ...helpRegionEntries, emergency: v.partial(v.strictObject(emergencyEntries)) })),
    ),
    helpFallback: v.partial(v.strictObject(helpFallbackEntries)),
  }),
);

export const PartialContentPackSchema = v.pipe(NotAListSchema, PartialPackObjectSchema);
