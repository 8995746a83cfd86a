/**
 * Readability of whole bodies of text (each therapy, the comparison, the glossary, the self-check), measured with
 * maintained libraries: `syllable` counts syllables, `flesch-kincaid` and `smog-formula` turn the counts into US
 * school grades. A body is measured as a whole, as a reader meets it: headings, questions and list items each count
 * as a sentence of their own.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { smogFormula } from 'smog-formula';
import { syllable } from 'syllable';
import type { Block, ContentPack, RichText, Therapy } from '../../packages/content/src/index.js';

/** The visible words of rich text. */
export function plain(text: RichText): string {
  return text.map((part) => (typeof part === 'string' ? part : 'term' in part ? part.text : part.strong)).join('');
}

/** One piece of text a reader meets as a unit: a heading, a paragraph, a list item, a definition. */
export type Pieces = string[];

export interface Body {
  name: string;
  pieces: Pieces;
}

const blockPieces = (blocks: readonly Block[]): Pieces =>
  blocks.flatMap((block) =>
    block.type === 'paragraph'
      ? [plain(block.text)]
      : [...(block.intro ? [plain(block.intro)] : []), ...block.items.map((item) => plain(item.text))],
  );

/** What a visitor reads of a therapy in the explainer: overview, sections and FAQ, with their headings. */
export function therapyPieces(therapy: Therapy): Pieces {
  return [
    ...blockPieces(therapy.overview),
    ...therapy.sections.flatMap((section) => [section.title, ...blockPieces(section.blocks)]),
    ...therapy.faq.flatMap((item) => [item.question, ...blockPieces(item.answer)]),
  ];
}

/** Every body of text of a pack that the readability test grades. */
export function bodies(pack: ContentPack): Body[] {
  const out: Body[] = Object.entries(pack.therapies ?? {}).map(([id, therapy]) => ({
    name: `therapy ${id}`,
    pieces: [therapy.summary, ...therapyPieces(therapy)],
  }));
  out.push({
    name: 'comparison',
    pieces: [
      ...(pack.aspects ?? []).map((aspect) => aspect.label),
      ...Object.values(pack.comparison ?? {}).flatMap((row) =>
        Object.values(row).flatMap((cell) => [plain(cell.summary), ...(cell.detail ? [plain(cell.detail)] : [])]),
      ),
    ],
  });
  out.push({
    name: 'glossary',
    pieces: Object.values(pack.glossary ?? {}).flatMap((entry) => [entry.term, entry.definition]),
  });
  for (const [id, set] of Object.entries(pack.questionSets ?? {})) {
    out.push({
      name: `self-check ${id}`,
      pieces: [
        ...Object.values(set.therapies).map((therapy) => therapy.title),
        plain(set.intro),
        ...set.why.map((statement) => plain(statement.text)),
        ...set.questions.flatMap((q) => [
          q.topic,
          q.prompt,
          ...(q.hint ? [q.hint] : []),
          ...q.options.flatMap((o) => [o.label, ...(o.reason ? [o.reason] : [])]),
          ...Object.values(q.ways ?? {}).map((way) => plain(way.text)),
        ]),
        plain(set.professionalNote),
        ...set.firstSessionQuestions,
      ],
    });
  }
  return out;
}

/** The words of a text: runs of letters (with inner apostrophes or hyphens) or digits. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Sentences in one piece: ends of sentences inside it, and the piece's own end (a heading, a list item). */
export function sentences(piece: string): number {
  const ends = piece.trim().match(/[.!?]+(?=\s|$|["'’”)])/g)?.length ?? 0;
  return /[.!?]["'’”)]*$/.test(piece.trim()) ? Math.max(1, ends) : ends + 1;
}

/** Syllables of a word; a number is read out as words ("16" as "sixteen"), counted as 2 per digit group. */
const syllablesOf = (word: string): number => (/^[\d.,]+$/.test(word) ? 2 : syllable(word));

export interface Grades {
  words: number;
  sentences: number;
  syllables: number;
  polysyllables: number;
  fleschKincaid: number;
  smog: number;
}

/** Flesch-Kincaid and SMOG grades of pieces of text taken as one body. */
export function grade(pieces: Pieces): Grades {
  const nonEmpty = pieces.filter((piece) => words(piece).length > 0);
  const all = nonEmpty.flatMap(words);
  const counts = all.map(syllablesOf);
  const sentenceCount = nonEmpty.reduce((sum, piece) => sum + sentences(piece), 0);
  const syllableCount = counts.reduce((sum, n) => sum + n, 0);
  const polysyllables = counts.filter((n) => n >= 3).length;
  return {
    words: all.length,
    sentences: sentenceCount,
    syllables: syllableCount,
    polysyllables,
    fleschKincaid: fleschKincaid({ sentence: sentenceCount, word: all.length, syllable: syllableCount }),
    smog: smogFormula({ sentence: sentenceCount, polysillabicWord: polysyllables }),
  };
}

/** The words a visitor reads of a therapy's explainer (overview, sections, FAQ). */
export const visibleWords = (therapy: Therapy): number => therapyPieces(therapy).flatMap(words).length;

/** The pieces of a body with the most long words for their length, to show where to rewrite. */
export function hardest(pieces: Pieces, count = 5): string[] {
  return pieces
    .map((piece) => ({ piece, grade: grade([piece]) }))
    .sort((a, b) => b.grade.polysyllables / b.grade.sentences - a.grade.polysyllables / a.grade.sentences)
    .slice(0, count)
    .map(({ piece, grade: g }) => `  ${g.polysyllables} long word(s) in ${g.sentences} sentence(s): ${piece}`);
}
