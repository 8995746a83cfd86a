// Urgent help: each region's emergency advice and helplines, and what to show elsewhere.
import * as v from 'valibot';
import { DialSchema, HttpsUrlSchema, IdSchema, IsoDateSchema, RegionCodeSchema, TextSchema } from './basics.js';
import { nonEmpty, step, uniqueIds } from './paths.js';

/** A part of a region with helplines of its own: one of the UK's nations, `GB-ENG`, `GB-SCT`, `GB-WLS`, `GB-NIR`. */
export const AreaCodeSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Z]{2}-[A-Z]{1,3}$/, 'a region and area code in capitals, such as "GB-SCT"'),
);

export const HelplineSchema = v.pipe(
  v.strictObject({
    id: IdSchema,
    name: TextSchema,
    /** Digits for a tel: link. */
    phone: v.optional(DialSchema),
    phoneDisplay: v.optional(TextSchema),
    /** Digits for an sms: link. */
    sms: v.optional(DialSchema),
    smsBody: v.optional(TextSchema),
    /** The sms number as people write it, e.g. "0477 13 11 14". */
    smsDisplay: v.optional(TextSchema),
    /** Left out where the provider's page did not say. */
    hours: v.optional(TextSchema),
    purpose: TextSchema,
    /** The parts of the region the line serves (keys of the region's `areas`); all of it when left out. */
    areas: v.optional(v.pipe(v.array(AreaCodeSchema), nonEmpty('at least one area code'))),
    /** Lines for children and young people are listed apart, after the others. */
    audience: v.optional(v.picklist(['young-people'], '"young-people"')),
    /** The organisation's own page, where the details were checked. */
    url: HttpsUrlSchema,
    verifiedOn: IsoDateSchema,
  }),
  v.forward(
    v.check(
      (line) => line.phone !== undefined || line.sms !== undefined,
      'a phone or sms number, so the line can be reached',
    ),
    ['phone'],
  ),
);

export const emergencyEntries = {
  /** Left out where no official page for the number was read: the label then names no number. */
  number: v.optional(DialSchema),
  /** E.g. "Call 999 or go to A&E if a life is at risk". */
  label: TextSchema,
  url: v.optional(HttpsUrlSchema),
};

export const helpRegionEntries = {
  region: RegionCodeSchema,
  name: TextSchema,
  emergency: v.strictObject(emergencyEntries),
  /** Area code -> its name, e.g. `GB-SCT` -> Scotland, for regions whose lines differ by area. */
  areas: v.optional(v.record(AreaCodeSchema, TextSchema)),
  lines: v.pipe(v.array(HelplineSchema), uniqueIds()),
};

const HelpRegionObjectSchema = v.strictObject(helpRegionEntries);

/** Every area a line names is one of its region's areas. */
const knownAreas = v.rawCheck<v.InferOutput<typeof HelpRegionObjectSchema>>(({ dataset, addIssue }) => {
  if (!dataset.typed) return;
  const region = dataset.value;
  region.lines.forEach((line, index) => {
    (line.areas ?? []).forEach((area, at) => {
      if (region.areas && Object.prototype.hasOwnProperty.call(region.areas, area)) return;
      addIssue({
        message: `one of this region's areas (${Object.keys(region.areas ?? {}).join(', ') || 'it has none'})`,
        input: area,
        path: [
          step(region, 'lines', region.lines),
          step(region.lines, index, line),
          step(line, 'areas', line.areas),
          step(line.areas, at, area),
        ],
      });
    });
  });
});
export const HelpRegionSchema = v.pipe(HelpRegionObjectSchema, knownAreas);

/** What to show for a region the pack has no lines for. */
export const helpFallbackEntries = {
  /** E.g. "If a life is at risk, call your local emergency number now." */
  emergency: TextSchema,
  advice: TextSchema,
};
export const HelpFallbackSchema = v.strictObject(helpFallbackEntries);
