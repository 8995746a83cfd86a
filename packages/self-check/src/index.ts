import { PsyHelpNow } from '@psy-widgets/core/help-now/psy-help-now.js';
import { PsySelfCheck } from './psy-self-check.js';

// The urgent-help panel is part of every screen, so it is registered with the self-check.
PsyHelpNow.define('psy-help-now');
PsySelfCheck.define('psy-self-check');

export { PsySelfCheck, PsyHelpNow };

declare global {
  interface HTMLElementTagNameMap {
    'psy-self-check': PsySelfCheck;
  }
}
