import { helpNowStrings } from './help-now.js';
import { sharedStrings } from './shared.js';
import { sourceKindStrings } from './source-kinds.js';

/** A strings table's type: the keys of its English strings, each holding a string. */
export type StringsOf<T> = { [K in keyof T]: string };

/**
 * Core's English strings: what every element shares, the urgent-help panel's and the names of the kinds of source.
 * Every word an element shows that is not content (labels, messages, headings of controls) is in a strings table;
 * content (therapies, questions, helplines) lives in @psy-widgets/content. `{name}` marks a value that is filled in
 * at run time; keep it in translations. Each widget package keeps its own English strings (see `PsyStrings`).
 */
export const en = { ...sharedStrings, ...helpNowStrings, ...sourceKindStrings };

/**
 * Every UI string, by key. Each widget package adds its own keys by interface merging, next to its English strings:
 * `declare module '@psy-widgets/core' { interface PsyStrings extends StringsOf<typeof myStrings> {} }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- widgets merge their keys into it
export interface PsyStrings extends StringsOf<typeof en> {}
