import { lazy } from '../lazy.js';

/**
 * Registers `<psy-help-now>` without holding up a widget's first render. Until it has loaded, a `<psy-help-now>`
 * shows its own children (the panel has no slot, so they disappear once it is defined): give it a fallback, such as
 * the advice to call the local emergency number. If the module cannot load (offline), the fallback stays, and the
 * next call (the next press of a help button) tries again.
 */
export const loadHelpNow = lazy(
  () => import('../define/psy-help-now.js'),
  '<psy-help-now> did not load, so only the fallback in its place shows',
).load;
