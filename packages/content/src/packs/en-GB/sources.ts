import type { Source } from '../../schema.js';
import { cbtSources } from './sources/cbt.js';
import { otherSources } from './sources/others.js';
import { psychodynamicSources } from './sources/psychodynamic.js';
import { selfCheckSources } from './sources/self-check.js';

export { cbtSources, otherSources, psychodynamicSources, selfCheckSources };

/**
 * The sources the therapy texts and the comparison cite, in three parts: the explainer loads psychodynamic therapy's
 * first and CBT's with CBT's text; the comparison loads the first two. The self-check's sources (`selfCheckSources`)
 * join them in the pack (index.ts), not here: the comparison loads this record and cites none of them.
 */
export const sources: Record<string, Source> = { ...psychodynamicSources, ...otherSources, ...cbtSources };
