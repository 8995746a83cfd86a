import { expect } from '@open-wc/testing';
import {
  SECTION_IDS,
  enGB,
  parseContentPack,
  type Block,
  type ContentPack,
  type RichText,
} from '../../packages/content/src/index.js';
import * as modules from '../../packages/content/src/packs/en-GB/index.js';
import { plain } from './readability.js';

/** Every { term } reference in the pack, with where it is. */
function termRefs(pack: ContentPack): { where: string; term: string }[] {
  const out: { where: string; term: string }[] = [];
  const visit = (value: unknown, where: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${where}.${i}`));
    else if (value && typeof value === 'object') {
      const keys = Object.keys(value);
      if (keys.length === 2 && 'term' in value && 'text' in value) out.push({ where, term: String(value.term) });
      else for (const key of keys) visit((value as Record<string, unknown>)[key], `${where}.${key}`);
    }
  };
  visit(pack, 'pack');
  return out;
}

/** Every factual statement of a therapy: paragraphs and list items, with their sources. */
function statements(blocks: Block[], where: string): { where: string; sources: string[]; text: RichText }[] {
  return blocks.flatMap((block, i) =>
    block.type === 'paragraph'
      ? [{ where: `${where}.${i}`, sources: block.sources, text: block.text }]
      : block.items.map((item, j) => ({ where: `${where}.${i}.items.${j}`, sources: item.sources, text: item.text })),
  );
}

const therapies = enGB.therapies!;
const psychodynamic = therapies.psychodynamic!;
const cbt = therapies.cbt!;

describe('the default English pack', () => {
  it('validates against the schema, references and all', () => {
    const result = parseContentPack(enGB);
    expect(result.ok, result.ok ? '' : JSON.stringify(result.issues, null, 2)).to.equal(true);
  });

  it('is assembled from its modules, so each widget can import only what it uses', () => {
    expect(enGB.locale).to.equal('en-GB');
    expect(enGB.therapies).to.equal(modules.therapies);
    expect(enGB.glossary).to.equal(modules.glossary);
    expect(enGB.sources).to.deep.equal({ ...modules.sources, ...modules.selfCheckSources });
    expect(enGB.aspects).to.equal(modules.aspects);
    expect(enGB.comparison).to.equal(modules.comparison);
    expect(enGB.questionSets).to.equal(modules.questionSets);
    expect(enGB.helplines).to.equal(modules.helplines);
  });

  it('has every source the psychodynamic text cites in the part the explainer loads first', () => {
    const cited = new Set(
      [
        ...psychodynamic.sections.flatMap((s) => s.blocks),
        ...psychodynamic.overview,
        ...psychodynamic.faq.flatMap((f) => f.answer),
      ]
        .flatMap((block) => statements([block], ''))
        .flatMap((statement) => statement.sources),
    );
    const missing = [...cited].filter((id) => !modules.psychodynamicSources[id]);
    expect(missing, 'cite them from sources/psychodynamic.ts').to.deep.equal([]);
    expect(cited.size).to.be.greaterThan(5);
    const overlap = Object.keys(modules.otherSources).filter((id) => id in modules.psychodynamicSources);
    expect(overlap, 'each source is written once').to.deep.equal([]);
  });

  it('resolves every glossary reference, and every glossary entry is used', () => {
    const refs = termRefs(enGB);
    const missing = refs.filter((r) => !enGB.glossary![r.term]);
    expect(missing, JSON.stringify(missing)).to.deep.equal([]);
    const used = new Set(refs.map((r) => r.term));
    const unused = Object.keys(enGB.glossary!).filter((id) => !used.has(id));
    expect(unused, 'glossary entries no text marks').to.deep.equal([]);
  });

  it('cites only sources it holds, and every source is cited', () => {
    const cited = new Set<string>();
    const visit = (value: unknown, key = '') => {
      if (Array.isArray(value)) {
        if (key === 'sources' || key === 'basis') value.forEach((id) => cited.add(String(id)));
        else value.forEach((v) => visit(v));
      } else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) if (!(value === enGB && k === 'sources')) visit(v, k);
      }
    };
    visit(enGB);
    const unknown = [...cited].filter((id) => !enGB.sources![id]);
    expect(unknown).to.deep.equal([]);
    const uncited = Object.keys(enGB.sources!).filter((id) => !cited.has(id));
    expect(uncited, 'sources nothing cites').to.deep.equal([]);
  });

  it('gives every factual statement, cell and definition at least one source', () => {
    const unsourced: string[] = [];
    for (const [id, therapy] of Object.entries(therapies)) {
      const all = [
        ...statements(therapy.overview, `${id}.overview`),
        ...therapy.sections.flatMap((s) => statements(s.blocks, `${id}.${s.id}`)),
        ...therapy.faq.flatMap((f) => statements(f.answer, `${id}.faq.${f.id}`)),
      ];
      unsourced.push(...all.filter((s) => s.sources.length === 0).map((s) => s.where));
    }
    for (const [therapy, row] of Object.entries(enGB.comparison!)) {
      for (const [aspect, cell] of Object.entries(row))
        if (cell.sources.length === 0) unsourced.push(`${therapy}.${aspect}`);
    }
    for (const entry of Object.values(enGB.glossary!))
      if (entry.sources.length === 0) unsourced.push(`glossary.${entry.id}`);
    expect(unsourced).to.deep.equal([]);
  });

  it('labels every evidence figure with its study design', () => {
    const designs = /meta-analysis|preference study|trial|review/i;
    const all = [
      ...Object.values(therapies).flatMap((t) => t.faq.flatMap((f) => statements(f.answer, f.id))),
      ...Object.values(enGB.comparison!).flatMap((row) =>
        Object.values(row).map((c) => ({
          where: 'cell',
          sources: c.sources,
          text: [...c.summary, ' ', ...(c.detail ?? [])],
        })),
      ),
    ];
    const figures = all.filter((s) => /\b0\.\d\d\b/.test(plain(s.text)));
    expect(figures.length).to.be.greaterThan(2);
    for (const s of figures) expect(plain(s.text)).to.match(designs);
    // Shedler (2010) figures are unverified: no source may cite them
    expect(Object.values(enGB.sources!).some((s) => /shedler/i.test(`${s.author} ${s.title}`))).to.equal(false);
  });

  it('covers every default section for psychodynamic therapy, in order, and the CBT sections it can source', () => {
    expect(psychodynamic.sections.map((s) => s.id)).to.deep.equal([...SECTION_IDS]);
    const cbtIds = cbt.sections.map((s) => s.id);
    expect(cbtIds.length).to.be.at.least(7);
    expect(cbtIds).to.deep.equal(SECTION_IDS.filter((id) => cbtIds.includes(id)));
    for (const therapy of [psychodynamic, cbt]) {
      expect(therapy.sections.map((s) => s.id)).not.to.include.members(['faq', 'sources']);
    }
  });

  it('explains the core psychodynamic techniques and variants, what guidance says, and where to start', () => {
    const textOf = (id: string) =>
      psychodynamic.sections
        .find((s) => s.id === id)!
        .blocks.flatMap((b) => statements([b], id).map((s) => plain(s.text)))
        .join(' ');
    const techniques = textOf('techniques');
    for (const word of ['free association', 'Transference', 'feelings', 'avoid', 'themes', 'past and present'])
      expect(techniques).to.include(word);
    const variants = textOf('variants');
    for (const word of ['Brief psychodynamic therapy', 'ISTDP', 'DIT', 'Davanloo', '16', 'Long-term'])
      expect(variants).to.include(word);
    // NICE's place for it in depression, both ways round; PTSD and OCD sent to the treatments guidance advises
    expect(textOf('helps-with')).to.match(/NICE[\s\S]*last[\s\S]*less severe[\s\S]*7th[\s\S]*more severe/);
    expect(textOf('helps-with')).to.match(/PTSD[\s\S]*OCD[\s\S]*guidance advises treatments based on CBT/);
    expect(textOf('alongside-other-help')).to.match(/guided self-help[\s\S]*In England, adults can refer themselves/);
    expect(textOf('alongside-other-help')).to.match(/Scotland, Wales and Northern Ireland have their own routes/);
  });

  it('says nothing the fact sheet found wrong or unverified', () => {
    const everything = JSON.stringify([psychodynamic, enGB.comparison, enGB.glossary]);
    for (const wrong of [
      /about 6 sessions/i,
      /two or three times a week/i,
      /less severe problems/i,
      /No one will make you/i,
      /widely offered first/i,
      /more thorough/i,
      /dream analysis/i,
      /countertransference/i,
      /1950s/,
    ])
      expect(everything).not.to.match(wrong);
    expect(Object.keys(modules.psychodynamicSources)).not.to.include('cg90');
    const cited = JSON.stringify([psychodynamic, enGB.comparison, enGB.glossary]);
    expect(cited).not.to.include("'cg90'").and.not.to.include('"cg90"');
  });

  it('answers the questions visitors ask in the psychodynamic FAQ', () => {
    expect(psychodynamic.faq.length).to.be.at.least(6);
    expect(psychodynamic.faq.map((f) => f.id)).to.include.members([
      'how-long',
      'like-psychoanalysis',
      'childhood',
      'evidence',
      'online',
      'harder-first',
    ]);
  });

  it('carries review metadata with an empty reviewer for clinics to fill in', () => {
    for (const therapy of [psychodynamic, cbt]) {
      expect(therapy.review.reviewer).to.equal(null);
      expect(therapy.review.nextReview > therapy.review.lastReviewed).to.equal(true);
    }
  });
});
