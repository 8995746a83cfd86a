import { compareStrings } from './compare.js';
import { explainerStrings } from './explainer.js';
import { helpNowStrings } from './help-now.js';
import { selfCheckResultStrings } from './self-check-result.js';
import { selfCheckStrings } from './self-check.js';
import { sharedStrings } from './shared.js';
import { sourceKindStrings } from './source-kinds.js';

/**
 * The English strings table: every word an element shows that is not content (labels, messages, headings of
 * controls). Content (therapies, questions, helplines) lives in @psy-widgets/content. `{name}` marks a value that is
 * filled in at run time; keep it in translations. Each element loads only its own part (see `PsyElement.english`);
 * this whole table is the reference for translations.
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

export type PsyStrings = { [K in keyof typeof en]: string };
