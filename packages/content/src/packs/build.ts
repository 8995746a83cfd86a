/**
 * Small helpers for writing packs by hand. They keep the source readable and the bundles small;
 * what they build is the plain data the schema describes.
 */
import type { Block, Inline, RichText, Statement, TermRef } from '../schema.js';

/** A glossary reference: `text` is shown, `term` is the glossary id (defaults to the text). */
export const t = (term: string, text: string = term): TermRef => ({ term, text });

/** A phrase shown with emphasis. */
export const b = (strong: string): Inline => ({ strong });

const rich = (text: string | RichText): RichText => (typeof text === 'string' ? [text] : text);

/** A paragraph with its sources. */
export const p = (text: string | RichText, ...sources: string[]): Block => ({
  type: 'paragraph',
  text: rich(text),
  sources,
});

/** A list item with its sources. */
export const i = (text: string | RichText, ...sources: string[]): Statement => ({ text: rich(text), sources });

/** A list, with an optional intro. */
export const list = (intro: string | RichText | null, ...items: Statement[]): Block =>
  intro === null ? { type: 'list', items } : { type: 'list', intro: rich(intro), items };

/** Marks a paragraph or list item as describing what sessions are like, not as a clinical claim. */
export const sessions = <T extends Block | Statement>(block: T): T => ({ ...block, describes: 'sessions' });
