/**
 * The region codes the urgent-help panel accepts, kept apart from the schema so that an element can check a code
 * without loading valibot.
 */

/** The UK's nations, each of which can be chosen on its own. */
export const UK_NATIONS = ['GB-ENG', 'GB-SCT', 'GB-WLS', 'GB-NIR'] as const;
export type UkNation = (typeof UK_NATIONS)[number];

/** A two-letter ISO 3166-1 code such as `IE`, or one of the UK's nations such as `GB-SCT`. In capitals. */
export const HELP_REGION_PATTERN = /^(?:[A-Z]{2}|GB-(?:ENG|SCT|WLS|NIR))$/;

/** What a region code may be, in words: for console warnings and bad-input messages. */
export const HELP_REGION_WORDS =
  'a two-letter region code such as GB, IE or US, or a UK nation: GB-ENG, GB-SCT, GB-WLS or GB-NIR';
