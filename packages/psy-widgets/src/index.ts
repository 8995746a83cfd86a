// Everything psy-widgets offers; importing this module registers every element. <psy-term> and <psy-help-now>
// register as soon as their own files have loaded, after this one (glossary words show as plain text meanwhile, and
// the advice to call the local emergency number in place of the urgent-help panel): their classes are in
// `@psy-widgets/core/define/`, and only their types are exported here.
import { loadHelpNow } from '@psy-widgets/core/help-now/load.js';
import { loadTerm } from '@psy-widgets/core/term/load.js';
export * from './widgets.js'; // every widget in the registry (generated from scripts/registry.mjs)

void loadTerm();
void loadHelpNow();

// core's modules one by one, not its index: bundlers then keep <psy-term> and <psy-help-now> (which the index also
// exports) in the chunks that load them later. What lives with the urgent-help panel or the settings checker (both
// loaded later) is in core only: see scripts/umbrella-exports.mjs, which checks this list against core's index.
export { PsyElement, describeProblem, type InputProblem } from '@psy-widgets/core/psy-element.js';
export { defineElement } from '@psy-widgets/core/define-element.js';
export type { PsyEventMap, PsyEventName, PsyEvent } from '@psy-widgets/core/events.js';
export {
  registerStrings,
  stringsFor,
  format,
  localeOf,
  type PsyStrings,
  type StringsOf,
} from '@psy-widgets/core/strings/index.js';
export { en } from './en.js';
export { tokens } from '@psy-widgets/core/theme/tokens.js';
export { base } from '@psy-widgets/core/theme/base.js';
export { linkButton } from '@psy-widgets/core/theme/link-button.js';
export { VERSION } from '@psy-widgets/core/version.js';
export { headingLevelProblem } from '@psy-widgets/core/heading-level.js';
export { ContentResolver, contentProblems, type ResolvedContent } from '@psy-widgets/core/content.js';
export { busyOf, hold, pendingOf, track, whenIdle } from '@psy-widgets/core/pending.js';
// from the files that register them, so their HTMLElementTagNameMap entries come with the types (erased at run time)
export type { PsyHelpNow } from '@psy-widgets/core/define/psy-help-now.js';
export { isKnownRegion, regionOfLocale, resolveRegion } from '@psy-widgets/core/help-now/region.js';
export type { RegionSource, ResolvedRegion } from '@psy-widgets/core/region/resolve.js';
export { setPageSettings, SETTINGS_ID, type CheckedSettings } from '@psy-widgets/core/settings/source.js';
export { loadHelpNow } from '@psy-widgets/core/help-now/load.js';
export {
  renderRichText,
  renderBlocks,
  citedSources,
  renderSource,
  type RichTextOptions,
} from '@psy-widgets/core/rich-text.js';
export type { PsyTerm } from '@psy-widgets/core/define/psy-term.js';
export { loadTerm } from '@psy-widgets/core/term/load.js';
