// Registers <psy-self-check>, and <psy-help-now> as soon as its own file has loaded, right after this one: the
// urgent-help panel shows only when asked for, and until it has loaded the self-check shows the advice to call the
// local emergency number in its place. Its class is in `@psy-widgets/core/define/psy-help-now.js`.
import { loadHelpNow } from '@psy-widgets/core';
import { PsySelfCheck } from './psy-self-check.js';

PsySelfCheck.define('psy-self-check');
void loadHelpNow();

export { PsySelfCheck };
// its strings (the result screen's load with it, later) and events, typed on core's PsyStrings and PsyEventMap (the
// strings are `strings.js` and `result-strings.js`, for translators)
export type {} from './strings.js';
export type {} from './result-strings.js';
export type {} from './events.js';
export type { PsyHelpNow } from '@psy-widgets/core';

declare global {
  interface HTMLElementTagNameMap {
    'psy-self-check': PsySelfCheck;
  }
}
