// Registers <psy-compare>, with the <psy-term> it uses for glossary words.
import '@psy-widgets/core/define/psy-term.js';
import { PsyCompare } from './psy-compare.js';

PsyCompare.define('psy-compare');

export { PsyCompare };

declare global {
  interface HTMLElementTagNameMap {
    'psy-compare': PsyCompare;
  }
}
