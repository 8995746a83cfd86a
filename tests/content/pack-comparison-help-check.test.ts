// The default pack's comparison, urgent help and self-check profile: neutral, sourced and complete.
import { expect } from '@open-wc/testing';
import { ASPECT_IDS, enGB, assessAnswers } from '../../packages/content/src/index.js';
import { plain } from './readability.js';

const therapies = enGB.therapies!;
const set = enGB.questionSets!.preferences!;

describe('the default comparison', () => {
  const VERDICTS =
    /\b(better|best|worse|worst|superior|inferior|more (?:effective|thorough)|less effective|outperform\w*|gold standard)\b/i;

  it('lists the default aspects in order', () => {
    expect(enGB.aspects!.map((a) => a.id)).to.deep.equal([...ASPECT_IDS]);
  });

  it('has a cell for both therapies on every aspect', () => {
    for (const therapy of ['psychodynamic', 'cbt']) {
      expect(Object.keys(enGB.comparison![therapy]!)).to.have.members([...ASPECT_IDS]);
    }
  });

  it('states no verdict in any cell', () => {
    const verdicts: string[] = [];
    for (const [therapy, row] of Object.entries(enGB.comparison!)) {
      for (const [aspect, cell] of Object.entries(row)) {
        const text = `${plain(cell.summary)} ${cell.detail ? plain(cell.detail) : ''}`;
        if (VERDICTS.test(text)) verdicts.push(`${therapy}.${aspect}: ${text}`);
      }
    }
    expect(verdicts).to.deep.equal([]);
  });
});

describe('verdict words in the default texts', () => {
  const VERDICTS =
    /\b(better|best|worse|worst|superior|inferior|more (?:effective|thorough)|less effective|outperform\w*|gold standard)\b/i;
  const bodies: [string, unknown][] = [
    ...Object.entries(therapies).map(([id, therapy]): [string, unknown] => [`therapy ${id}`, therapy]),
    ['glossary', enGB.glossary],
  ];
  for (const [name, body] of bodies) {
    it(`${name} states no verdict`, () => {
      const found = JSON.stringify(body).match(new RegExp(`[^"]{0,60}${VERDICTS.source}[^"]{0,40}`, 'gi')) ?? [];
      expect(found).to.deep.equal([]);
    });
  }
});

describe('the default urgent help', () => {
  it('covers GB and US, with their emergency numbers', () => {
    expect(enGB.helplines!.GB!.emergency.number).to.equal('999');
    expect(enGB.helplines!.US!.emergency.number).to.equal('911');
    const gb = enGB.helplines!.GB!.lines.map((l) => l.phone ?? l.sms);
    expect(gb).to.include.members(['111', '116123', '85258']);
    expect(enGB.helplines!.US!.lines.map((l) => l.phone)).to.include('988');
  });

  it('ships no line without an https source and a verified-on date', () => {
    for (const [region, help] of Object.entries(enGB.helplines!)) {
      expect(help.region).to.equal(region);
      for (const line of help.lines) {
        expect(line.url, `${region}.${line.id}`).to.match(/^https:\/\//);
        expect(line.verifiedOn, `${region}.${line.id}`).to.match(/^\d{4}-\d{2}-\d{2}$/);
        expect(line.phone ?? line.sms, `${region}.${line.id}`).to.match(/^\d+$/);
      }
    }
  });

  it('has a fallback for every other region', () => {
    expect(enGB.helpFallback!.emergency).to.match(/local emergency number/);
  });
});

describe('the self-check preference profile', () => {
  it('serves psychodynamic therapy (first, the default) and CBT with the same questions', () => {
    expect(Object.keys(set.therapies)).to.deep.equal(['psychodynamic', 'cbt']);
    expect(set.therapies.psychodynamic!.title).to.equal('Might psychodynamic therapy suit me?');
    expect(set.therapies.cbt!.title).to.equal('Might CBT suit me?');
  });

  it('asks 5 to 10 questions, each with a basis; every answer but the crisis one leans and says why', () => {
    expect(set.questions.length).to.be.within(5, 10);
    for (const q of set.questions) {
      expect(q.basis.length, q.id).to.be.at.least(1);
      for (const o of q.options) {
        expect(Object.keys(o.leans), `${q.id}.${o.id}`).to.have.members(['psychodynamic', 'cbt']);
        if (!o.crisis) expect(o.reason, `${q.id}.${o.id}`).to.be.a('string').and.not.equal('');
      }
    }
  });

  it('asks about the four C-NIP dimensions, citing the C-NIP, and cites how each therapy works wherever it leans', () => {
    const cnip = set.questions.filter((q) => q.basis.includes('cnip16'));
    expect(cnip.map((q) => q.id)).to.include.members(['lead', 'feelings', 'past', 'challenge']);
    for (const q of set.questions) {
      for (const therapy of ['psychodynamic', 'cbt']) {
        if (q.options.some((o) => o.leans[therapy] !== 0)) {
          expect(q.ways?.[therapy]?.sources.length, `${q.id}: how ${therapy} works`).to.be.at.least(1);
        }
      }
    }
  });

  it('says why preferences matter, and what they do not show, citing both studies', () => {
    const sources = set.why.flatMap((w) => w.sources);
    expect(sources).to.include.members(['swift18', 'cpq21']);
    expect(plain(set.professionalNote))
      .to.match(/not a diagnosis/i)
      .and.match(/professional/);
    expect(set.firstSessionQuestions.length).to.be.at.least(3);
  });

  it('marks an answer that signals crisis', () => {
    const crisis = set.questions.flatMap((q) => q.options).filter((o) => o.crisis);
    expect(crisis.length).to.be.at.least(1);
  });

  /** For each question, the answer whose leans the given function ranks highest. */
  const pick = (rank: (leans: Record<string, number>) => number) =>
    Object.fromEntries(
      set.questions.map((q) => {
        const options = q.options.filter((o) => !o.crisis);
        const best = options.reduce((a, b) => (rank(b.leans) > rank(a.leans) ? b : a));
        return [q.id, best.id];
      }),
    );

  const table: [string, Record<string, string>, string][] = [
    [
      'every answer leaning most to psychodynamic therapy',
      pick((l) => l.psychodynamic! - l.cbt!),
      'closer-psychodynamic',
    ],
    ['every answer leaning most to CBT', pick((l) => l.cbt! - l.psychodynamic!), 'closer-cbt'],
    ['every answer leaning neither way', pick((l) => -Math.abs(l.cbt!) - Math.abs(l.psychodynamic!)), 'mixed'],
    ['every CBT answer but a crisis one', { ...pick((l) => l.cbt! - l.psychodynamic!), steady: 'crisis' }, 'crisis'],
    ['no answers at all', {}, 'mixed'],
  ];
  for (const [name, answers, expected] of table) {
    it(`assesses ${name} as ${expected}`, () => {
      expect(assessAnswers(set, answers).outcome).to.equal(expected);
    });
  }
});
