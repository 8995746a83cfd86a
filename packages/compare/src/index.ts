// Registers <psy-compare>, and the <psy-term> it uses for glossary words as soon as its own file has loaded (the
// words show meanwhile).
import { loadTerm } from '@psy-widgets/core';
import { PsyCompare } from './psy-compare.js';

PsyCompare.define('psy-compare');
void loadTerm();

export { PsyCompare };
// its strings, typed on core's PsyStrings (the strings are `strings.js`, for translators)
export type {} from './strings.js';

declare global {
  interface HTMLElementTagNameMap {
    'psy-compare': PsyCompare;
  }
}
