import type { ContentPack } from '@psy-widgets/content';
import { aspects, comparison } from '@psy-widgets/content/packs/en-GB/comparison.js';
import { glossary } from '@psy-widgets/content/packs/en-GB/glossary.js';
import { sources } from '@psy-widgets/content/packs/en-GB/sources.js';
import { therapies } from '@psy-widgets/content/packs/en-GB/therapies.js';

/**
 * The parts of the default English pack the comparison uses, therapy texts included: what a page's `.content` is
 * merged over. The element itself shows only the therapies' names, so it loads this module only to check a page's
 * content.
 */
export const compareDefaults: ContentPack = { locale: 'en-GB', therapies, glossary, sources, aspects, comparison };
