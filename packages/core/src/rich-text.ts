import type { Block, GlossaryEntry, RichText, Source } from '@psy-widgets/content';
import { html, nothing, type TemplateResult } from 'lit';

/** Options for rendering content text. */
export interface RichTextOptions {
  /** The glossary each `<psy-term>` looks its term up in (e.g. a clinic's pack). The default glossary if left out. */
  glossary?: Record<string, GlossaryEntry>;
}

/**
 * Rich text from a content pack as Lit values: strings as text, `{ strong }` as `<strong>`, `{ term, text }` as a
 * `<psy-term>` around the text. Text only: nothing in a pack is ever parsed as HTML.
 */
export const renderRichText = (text: RichText, options: RichTextOptions = {}): unknown[] =>
  text.map((piece) =>
    typeof piece === 'string'
      ? piece
      : 'term' in piece
        ? html`<psy-term term=${piece.term} .glossary=${options.glossary}>${piece.text}</psy-term>`
        : html`<strong>${piece.strong}</strong>`,
  );

/** Paragraphs and lists from a content pack: `<p>`, and `<ul>` with its intro as a `<p>` before it. */
export const renderBlocks = (blocks: readonly Block[], options?: RichTextOptions): TemplateResult[] =>
  blocks.map((block) =>
    block.type === 'paragraph'
      ? html`<p>${renderRichText(block.text, options)}</p>`
      : html`${block.intro ? html`<p>${renderRichText(block.intro, options)}</p>` : nothing}
          <ul>
            ${block.items.map((item) => html`<li>${renderRichText(item.text, options)}</li>`)}
          </ul>`,
  );

/** The source ids that blocks cite, each once, in the order they are first cited. */
export const citedSources = (blocks: readonly Block[]): string[] => [
  ...new Set(
    blocks.flatMap((block) => (block.type === 'paragraph' ? block.sources : block.items.flatMap((i) => i.sources))),
  ),
];

/** A source's kind, named in words (e.g. "Systematic review"), before its title. */
export const renderSourceKind = (kindName: string | undefined): TemplateResult | typeof nothing =>
  kindName ? html`<span class="source-kind" part="source-kind">${kindName}:</span> ` : nothing;

/**
 * One source as a line of text: its kind when named, the title (a link when the source has an https address), then
 * author, publisher and year, the study design and the note, as far as the pack gives them.
 */
export const renderSource = (source: Source, kindName?: string): TemplateResult => {
  const { title, url, author, publisher, year, design, note } = source;
  const by = [author, publisher, year].filter((part) => part !== undefined).join(', ');
  return html`${renderSourceKind(kindName)}${url ? html`<a href=${url}>${title}</a>` : html`<cite>${title}</cite>`}${
    by ? `. ${by}` : ''
  }.${design ? ` ${design}.` : ''}${note ? ` ${note}` : ''}`;
};
