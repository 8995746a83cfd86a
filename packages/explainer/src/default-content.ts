import type { ContentPack } from '@psy-widgets/content';
import { glossary } from '@psy-widgets/content/packs/en-GB/glossary.js';
import { sources } from '@psy-widgets/content/packs/en-GB/sources.js';
import { therapies } from '@psy-widgets/content/packs/en-GB/therapies.js';

/**
 * The default English content the explainer can show (no self-check, comparison or helplines): both therapies, the
 * glossary and the sources. The element itself loads psychodynamic therapy first and the rest when needed.
 */
export const explainerDefaults: ContentPack = { locale: 'en-GB', therapies, glossary, sources };
