/**
 * The English strings table: every word an element shows that is not content (labels, messages, headings of
 * controls). Content (therapies, questions, helplines) lives in @psy-widgets/content. `{name}` marks a value that is
 * filled in at run time; keep it in translations.
 */
export const en = {
  // shared
  problemTitle: 'This information can’t be shown right now.',
  problemHelp: 'For the website’s team:',
  problemUnexpected: 'Something unexpected went wrong: {message}',
  // ---- explainer ----
  // ---- compare ----
  // ---- self-check ----
  // ---- help-now ----
  // ---- term ----
};

export type PsyStrings = { [K in keyof typeof en]: string };
