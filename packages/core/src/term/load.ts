import { lazy } from '../lazy.js';

/**
 * Registers `<psy-term>` without holding up a widget's first render. Until it has loaded, a term's words show as
 * plain text, styled as a term (see theme/base.ts); then they become the button that opens the definition. If the
 * module cannot load (offline), the words stay plain text, and the next call tries again.
 */
export const loadTerm = lazy(
  () => import('../define/psy-term.js'),
  '<psy-term> did not load, so glossary words show as plain text',
).load;
