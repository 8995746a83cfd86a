// Registers <psy-explainer>, with the <psy-term> it uses. Its <psy-help-now> loads when the browser is idle after the
// first render (see psy-explainer.ts).
import '@psy-widgets/core/define/psy-term.js';
import { PsyExplainer } from './psy-explainer.js';

PsyExplainer.define('psy-explainer');

export { PsyExplainer, type ExplainerLayout } from './psy-explainer.js';

declare global {
  interface HTMLElementTagNameMap {
    'psy-explainer': PsyExplainer;
  }
}
