/**
 * A small Flesch-Kincaid grade level, for checking that the content reads plainly.
 *
 *   grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59
 *
 * Syllables come from a heuristic (groups of vowels, less a silent ending), which is what most
 * readability tools do. It is rough for single words but fair over a sentence or more.
 */
import type { Block, ContentPack, RichText } from '../../packages/content/src/index.js';

/** Syllables in one word, by counting vowel groups. */
export function syllables(word: string): number {
  const digits = word.replace(/\D/g, '');
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return digits ? Math.min(4, digits.length) : 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m[0] ?? '');
  w = w.replace(/^y/, '');
  const groups = w.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

export function words(text: string): string[] {
  return text.split(/[\s/]+/).filter((token) => /[a-z0-9]/i.test(token));
}

export function sentences(text: string): number {
  const ends = text.match(/[.!?]+(?=\s|$|["'’”)])/g);
  return Math.max(1, ends?.length ?? 0);
}

/** Flesch-Kincaid grade of a text. */
export function fleschKincaid(text: string): number {
  const list = words(text);
  if (list.length === 0) return 0;
  const syllableCount = list.reduce((sum, word) => sum + syllables(word), 0);
  return 0.39 * (list.length / sentences(text)) + 11.8 * (syllableCount / list.length) - 15.59;
}

/** The visible words of rich text. */
export function plain(text: RichText): string {
  return text.map((part) => (typeof part === 'string' ? part : 'term' in part ? part.text : part.strong)).join('');
}

export interface BodyText {
  where: string;
  text: string;
}

/** Every body text of a pack: paragraphs, list items, FAQ answers, cells, definitions, reasons, outcomes. */
export function bodyTexts(pack: ContentPack): BodyText[] {
  const out: BodyText[] = [];
  const blocks = (where: string, list: Block[]) => {
    list.forEach((block, i) => {
      if (block.type === 'paragraph') out.push({ where: `${where}.${i}`, text: plain(block.text) });
      else {
        if (block.intro) out.push({ where: `${where}.${i}.intro`, text: plain(block.intro) });
        block.items.forEach((item, j) => out.push({ where: `${where}.${i}.items.${j}`, text: plain(item.text) }));
      }
    });
  };
  for (const [id, therapy] of Object.entries(pack.therapies ?? {})) {
    out.push({ where: `therapies.${id}.summary`, text: therapy.summary });
    blocks(`therapies.${id}.overview`, therapy.overview);
    for (const section of therapy.sections) blocks(`therapies.${id}.sections.${section.id}`, section.blocks);
    for (const item of therapy.faq) {
      out.push({ where: `therapies.${id}.faq.${item.id}.question`, text: item.question });
      blocks(`therapies.${id}.faq.${item.id}.answer`, item.answer);
    }
  }
  for (const [id, entry] of Object.entries(pack.glossary ?? {})) {
    out.push({ where: `glossary.${id}.definition`, text: entry.definition });
  }
  for (const [therapy, row] of Object.entries(pack.comparison ?? {})) {
    for (const [aspect, cell] of Object.entries(row)) {
      out.push({ where: `comparison.${therapy}.${aspect}.summary`, text: plain(cell.summary) });
      if (cell.detail) out.push({ where: `comparison.${therapy}.${aspect}.detail`, text: plain(cell.detail) });
    }
  }
  for (const [id, set] of Object.entries(pack.questionSets ?? {})) {
    out.push({ where: `questionSets.${id}.intro`, text: plain(set.intro) });
    out.push({ where: `questionSets.${id}.professionalNote`, text: plain(set.professionalNote) });
    for (const q of set.questions) {
      out.push({ where: `questionSets.${id}.${q.id}.prompt`, text: q.prompt });
      if (q.hint) out.push({ where: `questionSets.${id}.${q.id}.hint`, text: q.hint });
      for (const o of q.options) {
        if (o.reason) out.push({ where: `questionSets.${id}.${q.id}.${o.id}.reason`, text: o.reason });
      }
    }
    set.why.forEach((w, i) => out.push({ where: `questionSets.${id}.why.${i}`, text: plain(w.text) }));
    for (const q of set.questions) {
      out.push({ where: `questionSets.${id}.${q.id}.topic`, text: q.topic });
      for (const [therapy, way] of Object.entries(q.ways ?? {})) {
        out.push({ where: `questionSets.${id}.${q.id}.ways.${therapy}`, text: plain(way.text) });
      }
    }
    set.firstSessionQuestions.forEach((q, i) =>
      out.push({ where: `questionSets.${id}.firstSessionQuestions.${i}`, text: q }),
    );
  }
  for (const [region, help] of Object.entries(pack.helplines ?? {})) {
    for (const line of help.lines) out.push({ where: `helplines.${region}.${line.id}.purpose`, text: line.purpose });
  }
  if (pack.helpFallback) {
    out.push({ where: 'helpFallback.emergency', text: pack.helpFallback.emergency });
    out.push({ where: 'helpFallback.advice', text: pack.helpFallback.advice });
  }
  return out;
}
