import type { ReactiveControllerHost } from 'lit';
import { loadHelpNow } from '../help-now/load.js';
import { track } from '../pending.js';
import { localeOf } from '../strings/index.js';

/** Where a region came from, in the order they are tried (see `rules.ts`). */
export type RegionSource = 'region' | 'page' | 'time-zone' | 'lang' | 'none';

export interface ResolvedRegion {
  /** In capitals: `GB`, `GB-SCT`, `IE`; '' when nothing tells (the general advice then shows). */
  code: string;
  from: RegionSource;
}

/** The region of a language tag: `en-GB` -> `GB`; `en` -> ''. Never a location lookup. */
export function regionOfLocale(locale: string): string {
  try {
    return new Intl.Locale(locale).region?.toUpperCase() ?? '';
  } catch {
    return '';
  }
}

/** The full rules (`resolveFully` in `rules.ts`), handed over by the urgent-help panel's module, which carries them. */
let rules: ((host: Element & ReactiveControllerHost, explicit?: string | null) => ResolvedRegion) | undefined;

export function provideRegionRules(given: typeof rules): void {
  rules = given;
}

/**
 * The region code of an element's helplines, in capitals ('' when nothing tells): its own `region`, else the page's
 * default, else the visitor's time zone, else the nearest `lang` (see `rules.ts`). The rules come with the
 * urgent-help panel, so that no widget's first render waits for them: until it has loaded, an element without a
 * `region` of its own gets the region of its `lang`, loads the panel, and renders again once it has.
 */
export function resolveRegion(host: Element & ReactiveControllerHost, explicit?: string | null): string {
  if (rules) return rules(host, explicit).code;
  const own = explicit?.trim();
  if (!own) track(host, loadHelpNow());
  return (own || regionOfLocale(localeOf(host))).toUpperCase();
}
