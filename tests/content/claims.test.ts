import { expect } from '@open-wc/testing';
import { SOURCE_KINDS, enGB, type ContentPack } from '../../packages/content/src/index.js';
import { problem, shareByKind, statements } from './claims.js';

const practice = { id: 'practice', kind: 'practice-page', title: 'A practice page' } as const;
const guideline = { id: 'guideline', kind: 'guideline', title: 'A guideline' } as const;
const pack: ContentPack = { locale: 'en-GB', sources: { practice, guideline } };
const at = (sources: string[], describes?: 'sessions') => ({ where: 'x', body: 'x', sources, describes });

describe('the source rule', () => {
  it('accepts a clinical claim with a reputable source, and a description of sessions beside one', () => {
    expect(problem(at(['guideline']), pack)).to.equal(undefined);
    expect(problem(at(['guideline', 'practice'], 'sessions'), pack)).to.equal(undefined);
  });

  it('refuses a statement with no source, an unknown source, or practice pages alone', () => {
    expect(problem(at([]), pack)).to.equal('cites no source');
    expect(problem(at(['nowhere']), pack)).to.match(/does not hold/);
    expect(problem(at(['practice']), pack)).to.equal('rests only on practice pages');
    expect(problem(at(['practice'], 'sessions'), pack)).to.equal('rests only on practice pages');
  });

  it('refuses a clinical claim that leans on a practice page even beside a reputable source', () => {
    expect(problem(at(['guideline', 'practice']), pack)).to.match(/clinical claim that cites a practice page/);
  });

  it('treats every comparison cell and glossary definition as a clinical claim', () => {
    const withCell: ContentPack = {
      ...pack,
      comparison: { a: { focus: { summary: ['x'], sources: ['guideline', 'practice'] } } },
      glossary: { term: { id: 'term', term: 'Term', definition: 'x', sources: ['practice'] } },
    };
    const found = statements(withCell);
    expect(found.map((s) => [s.where, s.describes])).to.deep.equal([
      ['comparison.a.focus', undefined],
      ['glossary.term', undefined],
    ]);
    expect(found.map((s) => problem(s, withCell))).to.deep.equal([
      'is a clinical claim that cites a practice page (only descriptions of sessions may)',
      'rests only on practice pages',
    ]);
  });
});

describe('every clinical claim of the default English pack has a reputable source', () => {
  const all = statements(enGB);

  it('walks every statement of each therapy, the comparison and the glossary', () => {
    const bodies = new Set(all.map((s) => s.body));
    expect([...bodies]).to.include.members(['therapy psychodynamic', 'therapy cbt', 'comparison', 'glossary']);
    expect(all.length).to.be.above(90);
  });

  for (const body of [...new Set(statements(enGB).map((s) => s.body))]) {
    it(`${body}: no clinical claim without a reputable source`, () => {
      const mine = all.filter((s) => s.body === body);
      const share = shareByKind(mine, enGB);
      const claims = mine.filter((s) => !s.describes).length;
      console.log(
        `${body}: ${mine.length} statements (${claims} clinical claims); share citing each kind: ${SOURCE_KINDS.map((kind) => `${kind} ${Math.round(share[kind] * 100)}%`).join(', ')}`,
      );
      const wrong = mine.flatMap((s) => {
        const why = problem(s, enGB);
        return why ? [`${s.where} ${why}: ${s.sources.join(', ')}`] : [];
      });
      expect(wrong, wrong.join('\n')).to.deep.equal([]);
    });
  }

  it('prints the share of all statements by source kind', () => {
    const share = shareByKind(all, enGB);
    console.log(
      `all ${all.length} statements; share citing each kind: ${SOURCE_KINDS.map((kind) => `${kind} ${Math.round(share[kind] * 100)}%`).join(', ')}`,
    );
    const total = Object.values(share).reduce((sum, n) => sum + n, 0);
    expect(total).to.be.at.least(1);
  });
});
