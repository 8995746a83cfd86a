// The public face of @psy-widgets/core. Importing it registers nothing; the files in define/ do.
export { PsyElement, describeProblem, type InputProblem } from './psy-element.js';
export { defineElement } from './define-element.js';
export type { PsyEventMap, PsyEventName, PsyEvent } from './events.js';
export { registerStrings, stringsFor, format, localeOf, type PsyStrings } from './strings/index.js';
export { en } from './strings/en.js';
export { tokens } from './theme/tokens.js';
export { base } from './theme/base.js';
export { linkButton } from './theme/link-button.js';
export { VERSION } from './version.js';
export { headingLevelProblem } from './heading-level.js';
export { ContentResolver, contentProblems, type ResolvedContent } from './content.js';
export { busyOf, hold, pendingOf, track, whenIdle } from './pending.js';
export { PsyHelpNow, helpNowDefaults } from './help-now/psy-help-now.js';
export { isKnownRegion, regionOfLocale } from './help-now/region.js';
export { loadHelpNow } from './help-now/load.js';
export { renderRichText, renderBlocks, citedSources, renderSource, type RichTextOptions } from './rich-text.js';
export { PsyTerm } from './term/psy-term.js';
export { loadTerm } from './term/load.js';
