import { PsyTerm } from '../term/psy-term.js';

PsyTerm.define('psy-term');

declare global {
  interface HTMLElementTagNameMap {
    'psy-term': PsyTerm;
  }
}

export { PsyTerm };
