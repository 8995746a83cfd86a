// Registers <psy-help-now>. Import this file (or a widget that includes it) once; a second import changes nothing.
import { PsyHelpNow } from '../help-now/psy-help-now.js';

PsyHelpNow.define('psy-help-now');

export { PsyHelpNow };

declare global {
  interface HTMLElementTagNameMap {
    'psy-help-now': PsyHelpNow;
  }
}
