// The public face of @psy-widgets/core. Importing it registers nothing; the files in define/ do.
export { PsyElement, describeProblem, type InputProblem } from './psy-element.js';
export { defineElement } from './define-element.js';
export type { PsyEventMap, PsyEventName, PsyEvent } from './events.js';
export { registerStrings, stringsFor, format, localeOf, type PsyStrings, type StringsOf } from './strings/index.js';
export { en } from './strings/en.js';
export { tokens } from './theme/tokens.js';
export { base } from './theme/base.js';
export { linkButton } from './theme/link-button.js';
export { VERSION } from './version.js';
export { lazy, type Lazy } from './lazy.js';
export { clampLevel, headingLevelProblem } from './heading-level.js';
export { themed } from './theme/themed.js';
export { words } from './words.js';
export { ContentResolver, contentProblems, type ResolvedContent } from './content.js';
export { busyOf, hold, pendingOf, track, whenIdle } from './pending.js';
export { PsyHelpNow, helpNowDefaults } from './help-now/psy-help-now.js';
export { isKnownRegion, regionOfLocale } from './help-now/region.js';
export { resolveRegion, type RegionSource, type ResolvedRegion } from './region/resolve.js';
export { regionOfTimeZone, visitorTimeZone } from './region/time-zones.js';
export { resolveFully } from './region/rules.js';
export { pageSettings } from './settings/check.js';
export { setPageSettings, settingsFor, SETTINGS_ID, type CheckedSettings } from './settings/source.js';
export { loadHelpNow } from './help-now/load.js';
export {
  renderRichText,
  renderBlocks,
  citedSources,
  renderSource,
  renderSourceKind,
  type RichTextOptions,
} from './rich-text.js';
export { sourceKindKey, sourceKindStrings } from './strings/source-kinds.js';
export { PsyTerm } from './term/psy-term.js';
export { loadTerm } from './term/load.js';
