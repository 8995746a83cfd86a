import { helpNowStrings } from '@psy-widgets/core/strings/help-now.js';
import { sharedStrings } from '@psy-widgets/core/strings/shared.js';
import { sourceKindStrings } from '@psy-widgets/core/strings/source-kinds.js';
import { compareStrings } from '@psy-widgets/compare/strings.js';
import { explainerStrings } from '@psy-widgets/explainer/strings.js';
import { selfCheckResultStrings } from '@psy-widgets/self-check/result-strings.js';
import { selfCheckStrings } from '@psy-widgets/self-check/strings.js';

/**
 * The whole English strings table, every element's words: the reference for translations (`registerStrings`). Core
 * keeps the shared parts (its `en`) and each widget package its own `strings.js`; a new widget adds its strings here.
 */
export const en = {
  ...sharedStrings,
  ...explainerStrings,
  ...compareStrings,
  ...selfCheckStrings,
  ...selfCheckResultStrings,
  ...helpNowStrings,
  ...sourceKindStrings,
};
