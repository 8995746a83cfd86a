// Everything psy-widgets offers; importing this module registers every element.
import '@psy-widgets/core/define/psy-term.js';
import '@psy-widgets/core/define/psy-help-now.js';
import '@psy-widgets/explainer';
import '@psy-widgets/compare';
import '@psy-widgets/self-check';

export * from '@psy-widgets/core';
export * from '@psy-widgets/explainer';
export * from '@psy-widgets/compare';
export * from '@psy-widgets/self-check';
