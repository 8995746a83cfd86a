import type { Source } from '../../schema.js';
import { otherSources } from './sources/others.js';
import { psychodynamicSources } from './sources/psychodynamic.js';

export { otherSources, psychodynamicSources };

/**
 * Every source the English pack cites, in two parts so the explainer can load only psychodynamic therapy's first.
 * Web pages and studies were checked on 2026-11-23.
 */
export const sources: Record<string, Source> = { ...psychodynamicSources, ...otherSources };
