import type { CSSResultGroup } from 'lit';
import { base } from './base.js';
import { tokens } from './tokens.js';

/** An element's styles: the shared tokens and base styles first, then its own. */
export const themed = (...own: CSSResultGroup[]): CSSResultGroup => [tokens, base, ...own];
