import type { ContentPack } from '@psy-widgets/content';
import { aspects, comparison } from '@psy-widgets/content/packs/en-GB/comparison.js';
import { glossary } from '@psy-widgets/content/packs/en-GB/glossary.js';
import { sources } from '@psy-widgets/content/packs/en-GB/sources.js';
import { therapies } from '@psy-widgets/content/packs/en-GB/therapies.js';

/**
 * The parts of the default English pack the comparison uses. Built from the pack's modules rather than the whole
 * `enGB` pack, so the self-check questions and helplines stay out of this package's bundle.
 */
export const compareDefaults: ContentPack = { locale: 'en-GB', therapies, glossary, sources, aspects, comparison };
