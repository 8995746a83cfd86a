import { isServer } from 'lit';
import type { PsyStrings, StringsOf } from './en.js';
import { sharedStrings } from './shared.js';

export type { PsyStrings, StringsOf };

// translations, and changes to the English strings, by lower-case locale
const tables = new Map<string, Partial<PsyStrings>>();

/**
 * Adds or replaces UI strings for a locale, e.g. `registerStrings('de', { problemTitle: '…' })`. Missing keys fall
 * back to the language (`de` for `de-AT`), then to English. Elements already on the page pick up the new strings on
 * their next render; call `requestUpdate()` on them to refresh at once.
 */
export function registerStrings(locale: string, strings: Partial<PsyStrings>): void {
  const key = locale.toLowerCase();
  tables.set(key, { ...tables.get(key), ...strings });
}

/**
 * The strings for a locale such as `en-GB`, with fallbacks filled in: the locale's, then its language's, then
 * `english` (an element's own English strings; each element passes only its part of the table, so a page loads no
 * other element's words).
 */
export function stringsFor(locale: string, english: Partial<PsyStrings> = sharedStrings): PsyStrings {
  const lower = locale.toLowerCase();
  const language = lower.split('-')[0] ?? 'en';
  return { ...sharedStrings, ...english, ...tables.get(language), ...tables.get(lower) } as PsyStrings;
}

/** Fills `{name}` placeholders: `format('Question {n} of {total}', { n: 3, total: 10 })`. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The language of an element: its nearest `lang`, across shadow roots, else the document's, else English. */
export function localeOf(element: Element): string {
  // a server render has no tree around the element (nor a document): its `lang` option is written on each element
  if (isServer) return element.getAttribute('lang') || 'en';
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') || 'en';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || 'en';
}
