// Registers <psy-explainer>, with the <psy-term> and <psy-help-now> it uses.
import '@psy-widgets/core/define/psy-help-now.js';
import '@psy-widgets/core/define/psy-term.js';
import { PsyExplainer } from './psy-explainer.js';

PsyExplainer.define('psy-explainer');

export { PsyExplainer, explainerDefaults, type ExplainerLayout } from './psy-explainer.js';

declare global {
  interface HTMLElementTagNameMap {
    'psy-explainer': PsyExplainer;
  }
}
