// The review dates are written in the style of the text's language. British English (the built-in content) is written
// by the explainer itself, to spare the first render the browser's date set-up: it must read exactly as the browser
// writes it, on every day.
import { expect } from '@open-wc/testing';
import { longDate } from '../../packages/explainer/src/long-date.js';

const formats = new Map<string, Intl.DateTimeFormat>();
const browserWrites = (iso: string, locale: string) => {
  const shape = formats.get(locale) ?? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  formats.set(locale, shape);
  return shape.format(new Date(`${iso}T00:00:00Z`));
};

describe('<psy-explainer> review dates', () => {
  it('write every day from 2000 to 2099 in British English exactly as the browser does', () => {
    const differing: string[] = [];
    for (let day = Date.UTC(2000, 0, 1); day < Date.UTC(2100, 0, 1); day += 86_400_000) {
      const iso = new Date(day).toISOString().slice(0, 10);
      if (longDate(iso, 'en-GB') !== browserWrites(iso, 'en-GB')) differing.push(iso);
    }
    expect(differing).to.deep.equal([]);
    expect(longDate('2026-11-23', 'en-GB')).to.equal('23 November 2026');
  });

  it('leave other languages to the browser', () => {
    for (const locale of ['en-US', 'de-DE', 'fr', 'cy-GB']) {
      expect(longDate('2027-03-05', locale), locale).to.equal(browserWrites('2027-03-05', locale));
    }
    expect(longDate('2027-03-05', 'en-US')).to.equal('March 5, 2027');
  });
});
