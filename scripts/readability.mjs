#!/usr/bin/env node
// Readability of each default therapy text, and of the glossary terms CBT's text adds: words, Flesch-Kincaid grade
// and SMOG grade, each text measured as a whole (overview, sections and FAQ; what a visitor reads, headings aside).
// Syllables come from `syllable`, the formulas from `flesch-kincaid` and `smog-formula`. esbuild bundles the
// TypeScript content (and `syllable`'s CommonJS dependency) for Node first.
//
// usage: node scripts/readability.mjs      exit status 1 when a text is above FK 6 or SMOG 9
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const MAX_FK = 6;
const MAX_SMOG = 9;
const root = fileURLToPath(new URL('..', import.meta.url));

const entry = `
import { syllable } from 'syllable';
import { fleschKincaid } from 'flesch-kincaid';
import { smogFormula } from 'smog-formula';
import { enGB } from './packages/content/src/index.ts';
import { glossaryCbt } from './packages/content/src/packs/en-GB/glossary-cbt.ts';
export { syllable, fleschKincaid, smogFormula, enGB, glossaryCbt };
`;
const { outputFiles } = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'silent',
});
const { syllable, fleschKincaid, smogFormula, enGB, glossaryCbt } = await import(
  `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`
);

const plain = (rich) => rich.map((part) => (typeof part === 'string' ? part : (part.text ?? part.strong))).join('');
const blockTexts = (blocks) =>
  blocks.flatMap((block) =>
    block.type === 'paragraph'
      ? [plain(block.text)]
      : [...(block.intro ? [plain(block.intro)] : []), ...block.items.map((item) => plain(item.text))],
  );

/** Counts for a list of texts; each text is at least one sentence, as a list item without a full stop still is. */
function measure(texts) {
  let words = 0;
  let syllables = 0;
  let polysyllables = 0;
  let sentences = 0;
  for (const text of texts) {
    const tokens = text
      .split(/[\s/]+/)
      .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
      .filter((token) => /[\p{L}\p{N}]/u.test(token));
    words += tokens.length;
    for (const token of tokens) {
      const count = syllable(token);
      syllables += count;
      if (count >= 3) polysyllables++;
    }
    sentences += Math.max(1, text.match(/[.!?]+(?=\s|$|["'’”)])/g)?.length ?? 0);
  }
  return {
    words,
    fk: fleschKincaid({ sentence: sentences, word: words, syllable: syllables }),
    smog: smogFormula({ sentence: sentences, polysillabicWord: polysyllables }),
  };
}

const rows = Object.entries(enGB.therapies).map(([id, therapy]) => [
  `therapy ${id}`,
  measure([
    ...blockTexts(therapy.overview),
    ...therapy.sections.flatMap((section) => blockTexts(section.blocks)),
    ...therapy.faq.flatMap((item) => [item.question, ...blockTexts(item.answer)]),
  ]),
]);
rows.push(['glossary (CBT terms)', measure(Object.values(glossaryCbt).map((entry) => entry.definition))]);

let over = 0;
for (const [name, { words, fk, smog }] of rows) {
  const flag = fk > MAX_FK || smog > MAX_SMOG ? '  over' : '';
  if (flag) over++;
  console.log(
    `${name.padEnd(22)} ${String(words).padStart(5)} words  FK ${fk.toFixed(1)}  SMOG ${smog.toFixed(1)}${flag}`,
  );
}
if (over) {
  console.error(`${over} text(s) above Flesch-Kincaid ${MAX_FK} or SMOG ${MAX_SMOG}`);
  process.exit(1);
}
