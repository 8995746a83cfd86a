const months = 'January February March April May June July August September October November December'.split(' ');

/**
 * A `YYYY-MM-DD` date written out in the style of `locale` (en-GB: 23 November 2026), as `toLocaleDateString` with
 * `dateStyle: 'long'` writes it. British English, the built-in content's language, is written here: a page's first
 * `Intl` date format sets up the engine's date patterns, which took 30-200 ms of the explainer's first render.
 */
export function longDate(iso: string, locale: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  const year = date.getUTCFullYear();
  if (locale.toLowerCase() === 'en-gb' && year >= 1000 && year <= 9999) {
    return `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${year}`;
  }
  return date.toLocaleDateString(locale, { dateStyle: 'long', timeZone: 'UTC' });
}
