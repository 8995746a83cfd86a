// The building blocks of a pack: ids, text, dates, addresses, locales, region codes and dialable numbers.
import * as v from 'valibot';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id: lower case words joined by hyphens, e.g. `helps-with`. */
export const IdSchema = v.pipe(
  v.string(),
  v.regex(KEBAB, 'an id in lower case with words joined by hyphens, such as "helps-with"'),
);

/** Visible text that is not empty. */
export const TextSchema = v.pipe(
  v.string(),
  v.check((s) => s.trim().length > 0, 'some text (it must not be empty)'),
);

/** A real calendar date written YYYY-MM-DD. */
export const IsoDateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD'),
  v.check((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'a real calendar date written YYYY-MM-DD'),
);

/** An https address. Other schemes (javascript:, data:, http:) are refused. */
export const HttpsUrlSchema = v.pipe(
  v.string(),
  v.url('a web address'),
  v.startsWith('https://', 'a web address starting with https://'),
);

/** A BCP 47 language tag of the simple kind used here: `en-GB`, `de`, `pt-BR`. */
export const LocaleSchema = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'a locale such as "en-GB"'));

/** ISO 3166-1 alpha-2 region code, e.g. `GB`. */
export const RegionCodeSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Z]{2}$/, 'a two-letter region code in capitals, such as "GB"'),
);

/** Digits that a phone can dial (a leading + allowed). */
export const DialSchema = v.pipe(v.string(), v.regex(/^\+?\d{2,15}$/, 'digits only, such as "116123"'));
