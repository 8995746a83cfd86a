/**
 * The ids the default explainer and comparison use, in their default order.
 * Kept apart from the schema so an element can import them without valibot.
 */

/** Sections of the default explainer. The explainer adds `faq` and `sources` itself. */
export const SECTION_IDS = [
  'principles',
  'techniques',
  'helps-with',
  'who-it-suits',
  'sessions',
  'duration',
  'variants',
  'differences',
  'alongside-other-help',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Aspects of the default comparison. */
export const ASPECT_IDS = [
  'focus',
  'time-orientation',
  'structure',
  'therapist-role',
  'length',
  'techniques',
  'used-for',
  'evidence',
  'first-sessions',
] as const;
export type AspectId = (typeof ASPECT_IDS)[number];
