// Registers <psy-explainer>, and <psy-term> as soon as its own file has loaded (the explainer's words show meanwhile,
// and so do a clinic's own terms). Its <psy-help-now> loads when the browser is idle after the first render (see
// psy-explainer.ts).
import { loadTerm } from '@psy-widgets/core';
import { PsyExplainer } from './psy-explainer.js';

PsyExplainer.define('psy-explainer');
void loadTerm();

export { PsyExplainer, type ExplainerLayout } from './psy-explainer.js';
// its strings and events, typed on core's PsyStrings and PsyEventMap (the strings are `strings.js`, for translators)
export type {} from './strings.js';
export type {} from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'psy-explainer': PsyExplainer;
  }
}
