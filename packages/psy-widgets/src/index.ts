// Everything psy-widgets offers; importing this module registers every element. <psy-term> registers as soon as its
// own file has loaded, after this one (glossary words show as plain text meanwhile): its class is in
// `@psy-widgets/core/define/psy-term.js`, and only its type is exported here.
import '@psy-widgets/core/define/psy-help-now.js';
import { loadTerm } from '@psy-widgets/core/term/load.js';
import '@psy-widgets/explainer';
import '@psy-widgets/compare';
import '@psy-widgets/self-check';

void loadTerm();

// core's modules one by one, not its index: bundlers then keep <psy-term> (which the index also exports) in the
// chunk that loads it later
export { PsyElement, describeProblem, type InputProblem } from '@psy-widgets/core/psy-element.js';
export { defineElement } from '@psy-widgets/core/define-element.js';
export type { PsyEventMap, PsyEventName, PsyEvent } from '@psy-widgets/core/events.js';
export { registerStrings, stringsFor, format, localeOf, type PsyStrings } from '@psy-widgets/core/strings/index.js';
export { en } from '@psy-widgets/core/strings/en.js';
export { tokens } from '@psy-widgets/core/theme/tokens.js';
export { base } from '@psy-widgets/core/theme/base.js';
export { VERSION } from '@psy-widgets/core/version.js';
export { headingLevelProblem } from '@psy-widgets/core/heading-level.js';
export { ContentResolver, contentProblems, type ResolvedContent } from '@psy-widgets/core/content.js';
export { busyOf, hold, pendingOf, track, whenIdle } from '@psy-widgets/core/pending.js';
export { PsyHelpNow, helpNowDefaults, regionOfLocale, isKnownRegion } from '@psy-widgets/core/help-now/psy-help-now.js';
export {
  renderRichText,
  renderBlocks,
  citedSources,
  renderSource,
  type RichTextOptions,
} from '@psy-widgets/core/rich-text.js';
export type { PsyTerm } from '@psy-widgets/core/term/psy-term.js';
export { loadTerm } from '@psy-widgets/core/term/load.js';
export * from '@psy-widgets/explainer';
export * from '@psy-widgets/compare';
export * from '@psy-widgets/self-check';
