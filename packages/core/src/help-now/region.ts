// Apart from the panel, so that a widget can name the region of its helplines before the panel has loaded.
let regionNames: Intl.DisplayNames | undefined;

/** True for an ISO 3166 region code that exists (when the browser can tell), such as `GB` or `FR`. */
export function isKnownRegion(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    return regionNames.of(code) !== undefined;
  } catch {
    return true;
  }
}

/** The region of a language tag: `en-GB` -> `GB`; `en` -> ''. Never a location lookup. */
export function regionOfLocale(locale: string): string {
  try {
    return new Intl.Locale(locale).region?.toUpperCase() ?? '';
  } catch {
    return '';
  }
}
