import type { ReactiveControllerHost } from 'lit';
import { pageSettings } from '../settings/check.js';
import { localeOf } from '../strings/index.js';
import { regionOfLocale, type ResolvedRegion } from './resolve.js';
import { regionOfTimeZone, visitorTimeZone } from './time-zones.js';

/**
 * The region whose helplines an element shows, the same way for every element:
 * 1. its own `region`, if set;
 * 2. else the page-wide default a clinic sets once (see `settings/source.ts`);
 * 3. else the visitor's time zone, read in the browser (never sent or stored), if it names a place: a place outside
 *    every region with helplines gives '' (the general advice), never another country's lines;
 * 4. else the region of the nearest `lang`.
 * While the page's settings are being checked, `host` waits for them (step 2 is skipped until then).
 */
export function resolveFully(host: Element & ReactiveControllerHost, explicit?: string | null): ResolvedRegion {
  const own = explicit?.trim();
  if (own) return { code: own.toUpperCase(), from: 'region' };
  const page = pageSettings(host).settings.region;
  if (page) return { code: page, from: 'page' };
  const zone = regionOfTimeZone(visitorTimeZone());
  if (zone !== undefined) return { code: zone, from: 'time-zone' };
  const lang = regionOfLocale(localeOf(host));
  return { code: lang, from: lang ? 'lang' : 'none' };
}
