import { defineLater } from '../define-later.js';

/**
 * Registers `<psy-term>` without holding up a widget's first render. Until it has loaded, a term's words show as
 * plain text, styled as a term (see theme/base.ts); then they become the button that opens the definition. If the
 * module cannot load (offline), the words stay plain text.
 */
export const loadTerm = defineLater(
  'psy-term',
  () => import('../define/psy-term.js'),
  'glossary words show as plain text',
);
