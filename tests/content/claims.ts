/**
 * The source rule, checked over every statement of a pack. A statement is a clinical claim unless its data marks it
 * `describes: 'sessions'`. A claim needs a reputable source (any kind but a practice page) and may not lean on a
 * practice page at all; a description of sessions may add a practice page beside a reputable source. Comparison
 * cells and glossary definitions are claims.
 */
import { SOURCE_KINDS, isReputable } from '../../packages/content/src/index.js';
import type { Block, ContentPack, Describes, SourceKind } from '../../packages/content/src/index.js';

export interface Sourced {
  /** Where it is, e.g. `therapies.cbt.sections.techniques.0.items.2`. */
  where: string;
  /** Which body of text it belongs to: `therapy psychodynamic`, `comparison`, `glossary`. */
  body: string;
  sources: string[];
  describes?: Describes;
}

const fromBlocks = (blocks: readonly Block[], where: string, body: string): Sourced[] =>
  blocks.flatMap((block, i) =>
    block.type === 'paragraph'
      ? [{ where: `${where}.${i}`, body, sources: block.sources, describes: block.describes }]
      : block.items.map((item, j) => ({
          where: `${where}.${i}.items.${j}`,
          body,
          sources: item.sources,
          describes: item.describes,
        })),
  );

/** Every sourced statement of a pack: therapy texts, comparison cells and glossary definitions. */
export function statements(pack: ContentPack): Sourced[] {
  const out: Sourced[] = [];
  for (const [id, therapy] of Object.entries(pack.therapies ?? {})) {
    const body = `therapy ${id}`;
    out.push(...fromBlocks(therapy.overview, `therapies.${id}.overview`, body));
    for (const section of therapy.sections)
      out.push(...fromBlocks(section.blocks, `therapies.${id}.sections.${section.id}`, body));
    for (const item of therapy.faq) out.push(...fromBlocks(item.answer, `therapies.${id}.faq.${item.id}`, body));
  }
  for (const [therapy, row] of Object.entries(pack.comparison ?? {}))
    for (const [aspect, cell] of Object.entries(row))
      out.push({ where: `comparison.${therapy}.${aspect}`, body: 'comparison', sources: cell.sources });
  for (const [id, entry] of Object.entries(pack.glossary ?? {}))
    out.push({ where: `glossary.${id}`, body: 'glossary', sources: entry.sources });
  return out;
}

/** What is wrong with one statement's sources under the rule, or nothing. */
export function problem(statement: Sourced, pack: ContentPack): string | undefined {
  const kinds = statement.sources.map((id) => pack.sources?.[id]?.kind);
  if (kinds.includes(undefined)) return 'cites a source the pack does not hold';
  if (!kinds.length) return 'cites no source';
  if (!kinds.some((kind) => isReputable(kind!))) return 'rests only on practice pages';
  if (!statement.describes && kinds.includes('practice-page'))
    return 'is a clinical claim that cites a practice page (only descriptions of sessions may)';
  return undefined;
}

/** For each kind of source, the share of statements that cite at least one source of that kind. */
export function shareByKind(list: Sourced[], pack: ContentPack): Record<SourceKind, number> {
  const share = {} as Record<SourceKind, number>;
  for (const kind of SOURCE_KINDS) {
    const citing = list.filter((s) => s.sources.some((id) => pack.sources?.[id]?.kind === kind)).length;
    share[kind] = list.length ? citing / list.length : 0;
  }
  return share;
}
