import type { Source } from '../../schema.js';
import { cbtSources } from './sources/cbt.js';
import { otherSources } from './sources/others.js';
import { psychodynamicSources } from './sources/psychodynamic.js';

export { cbtSources, otherSources, psychodynamicSources };

/**
 * Every source the English pack cites, in three parts: the explainer loads psychodynamic therapy's first and CBT's
 * with CBT's text; the comparison loads the first two.
 * Web pages and studies were checked on 2026-11-23.
 */
export const sources: Record<string, Source> = { ...psychodynamicSources, ...otherSources, ...cbtSources };
