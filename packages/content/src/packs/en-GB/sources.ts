import type { Source } from '../../schema.js';
import { otherSources } from './sources/others.js';
import { psychodynamicSources } from './sources/psychodynamic.js';
import { selfCheckSources } from './sources/self-check.js';

export { otherSources, psychodynamicSources, selfCheckSources };

/**
 * Every source the English pack cites, in two parts so the explainer can load only psychodynamic therapy's first.
 * Web pages and studies were checked on 2026-11-23. The self-check's sources (`selfCheckSources`) join them in the
 * pack (index.ts), not here: the comparison loads this record before its first render and cites none of them.
 */
export const sources: Record<string, Source> = { ...psychodynamicSources, ...otherSources };
