// Apart from the panel, so that a widget can name the region of its helplines before the panel has loaded.
export { regionOfLocale, resolveRegion, type RegionSource, type ResolvedRegion } from '../region/resolve.js';

let regionNames: Intl.DisplayNames | undefined;

/** True for a region code that exists (when the browser can tell), such as `GB` or `FR`, or a UK nation (`GB-SCT`). */
export function isKnownRegion(code: string): boolean {
  // a UK nation is known as the UK is (the pattern is HELP_REGION_PATTERN's, from @psy-widgets/content/regions.js)
  code = code.replace(/^GB-(ENG|SCT|WLS|NIR)$/, 'GB');
  if (!/^[A-Z]{2}$/.test(code)) return false;
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    return regionNames.of(code) !== undefined;
  } catch {
    return true;
  }
}
