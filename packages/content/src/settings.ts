/**
 * Page-wide settings: what a clinic sets once for every widget on its pages (the default region of the urgent-help
 * panel, and the clinician who reviewed the texts). Checked with valibot like a content pack; nothing here throws.
 */
import * as v from 'valibot';
import { HELP_REGION_PATTERN, HELP_REGION_WORDS } from './regions.js';
import { IsoDateSchema, TextSchema } from './schema.js';
import { toContentIssue, type ContentIssue } from './validate.js';

export const HelpRegionCodeSchema = v.pipe(v.string(), v.regex(HELP_REGION_PATTERN, HELP_REGION_WORDS));

/** The clinician who reviewed the texts for the clinic. */
export const ReviewerSchema = v.strictObject({
  /** E.g. "Dr Ann Example". */
  name: TextSchema,
  /** E.g. "Clinical psychologist". */
  role: TextSchema,
  /** The body the reviewer is registered with, e.g. "HCPC" or "BACP". */
  registrationBody: v.optional(TextSchema),
  /** When they reviewed the texts. */
  reviewedOn: IsoDateSchema,
});

export const PageSettingsSchema = v.pipe(
  v.custom<Record<string, unknown>>(
    (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
    'an object such as { "region": "GB-SCT" }',
  ),
  v.strictObject({
    /** The region of the urgent-help panel when an element has no `region` of its own. */
    region: v.optional(HelpRegionCodeSchema),
    reviewer: v.optional(ReviewerSchema),
  }),
);

export type Reviewer = v.InferOutput<typeof ReviewerSchema>;
export type PageSettings = v.InferOutput<typeof PageSettingsSchema>;

/** The settings that fit (a bad field is left out, the others kept) and what was wrong with the rest. */
export interface SettingsResult {
  settings: PageSettings;
  issues: ContentIssue[];
}

const FIELDS = { region: v.optional(HelpRegionCodeSchema), reviewer: v.optional(ReviewerSchema) };

/** Checks page settings, naming each field that does not fit, what it held and what it accepts. */
export function parsePageSettings(input: unknown): SettingsResult {
  const result = v.safeParse(PageSettingsSchema, input);
  if (result.success) return { settings: result.output, issues: [] };
  const settings: PageSettings = {};
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    const given = input as Record<string, unknown>;
    for (const key of Object.keys(FIELDS) as (keyof typeof FIELDS)[]) {
      const field = v.safeParse(FIELDS[key], given[key]);
      if (field.success && field.output !== undefined) Object.assign(settings, { [key]: field.output });
    }
  }
  return {
    settings,
    issues: result.issues.map((issue) => {
      const found = toContentIssue(issue);
      const where = found.path ? `"${found.path}"` : 'The settings';
      return { ...found, message: `${where}: expected ${found.expected}, but found ${found.received}.` };
    }),
  };
}
