import type { ContentPack } from '@psy-widgets/content';
import { glossary } from '@psy-widgets/content/packs/en-GB/glossary.js';
import { sources } from '@psy-widgets/content/packs/en-GB/sources.js';
import { therapies } from '@psy-widgets/content/packs/en-GB/therapies.js';

/**
 * The parts of the default English pack the explainer uses (no self-check, comparison or helplines): what a page's
 * `.content` is merged over. The element loads this module only to check a page's content; without one, each
 * `<psy-term>` loads the glossary itself.
 */
export const explainerDefaults: ContentPack = { locale: 'en-GB', therapies, glossary, sources };
