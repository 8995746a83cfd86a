import type { ContentPack } from '../../schema.js';
import { aspects, comparison } from './comparison.js';
import { glossary } from './glossary.js';
import { helpFallback, helplines } from './helplines.js';
import { questionSets } from './self-check.js';
import { otherSources, psychodynamicSources, selfCheckSources, sources } from './sources.js';
import { therapies } from './therapies.js';

export { aspects, comparison, glossary, helpFallback, helplines, questionSets, sources, therapies };
export { otherSources, psychodynamicSources, selfCheckSources };

/** The default English (UK) pack, assembled from its modules. */
export const enGB: ContentPack = {
  locale: 'en-GB',
  therapies,
  glossary,
  sources: { ...sources, ...selfCheckSources },
  aspects,
  comparison,
  questionSets,
  helplines,
  helpFallback,
};
