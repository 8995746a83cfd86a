import { expect } from '@open-wc/testing';
import { enGB } from '../../packages/content/src/index.js';
import { bodies, grade, hardest, sentences, visibleWords, words } from './readability.js';

const MAX_FLESCH_KINCAID = 6;
const MAX_SMOG = 9;

describe('the readability measure', () => {
  it('counts words and sentences, a heading or list item being a sentence of its own', () => {
    expect(words('You talk. The therapist listens, 16 times (g = 0.64)!')).to.deep.equal([
      'You',
      'talk',
      'The',
      'therapist',
      'listens',
      '16',
      'times',
      'g',
      '0.64',
    ]);
    expect(sentences('You talk. The therapist listens! Why?')).to.equal(3);
    expect(sentences('How long it takes')).to.equal(1);
    expect(sentences('You talk. Then a list item with no stop')).to.equal(2);
  });

  it('grades plain text low and dense text high, on both formulas', () => {
    const plainText = grade(['You talk. They listen. It helps.']);
    expect(plainText.fleschKincaid).to.be.below(2);
    expect(plainText.smog).to.be.below(4);
    const dense = grade([
      'Psychodynamic psychotherapy conceptualises intrapsychic conflict as the manifestation of unconscious motivational determinants.',
    ]);
    expect(dense.fleschKincaid).to.be.above(15);
    expect(dense.smog).to.be.above(15);
    expect(dense.polysyllables).to.be.at.least(8);
  });
});

describe('readability of the default English pack', () => {
  const all = bodies(enGB);

  it('grades each therapy, the comparison, the glossary and every self-check', () => {
    expect(all.map((body) => body.name)).to.include.members([
      'therapy psychodynamic',
      'therapy cbt',
      'comparison',
      'glossary',
      'self-check preferences',
    ]);
  });

  for (const body of bodies(enGB)) {
    it(`keeps ${body.name} at Flesch-Kincaid grade ${MAX_FLESCH_KINCAID} and SMOG grade ${MAX_SMOG} or below`, () => {
      const g = grade(body.pieces);
      const figures = `FK ${g.fleschKincaid.toFixed(2)}, SMOG ${g.smog.toFixed(2)} (${g.words} words, ${g.sentences} sentences, ${g.polysyllables} of 3+ syllables)`;
      console.log(`${body.name}: ${figures}`);
      const advice = `${body.name}: ${figures}. Most long words per sentence:\n${hardest(body.pieces).join('\n')}`;
      expect(g.fleschKincaid, advice).to.be.at.most(MAX_FLESCH_KINCAID);
      expect(g.smog, advice).to.be.at.most(MAX_SMOG);
    });
  }
});

describe('depth of the two explainers', () => {
  const psychodynamic = visibleWords(enGB.therapies!.psychodynamic!);
  const cbt = visibleWords(enGB.therapies!.cbt!);

  it('keeps each explainer at 1,050 to 1,250 words (overview, sections and FAQ, with their headings)', () => {
    console.log(`explainer words: psychodynamic ${psychodynamic}, CBT ${cbt}`);
    expect(psychodynamic, 'psychodynamic').to.be.within(1050, 1250);
    expect(cbt, 'CBT').to.be.within(1050, 1250);
  });

  it('keeps the two explainers within 15% of each other in words', () => {
    const ratio = Math.max(psychodynamic, cbt) / Math.min(psychodynamic, cbt);
    expect(ratio, `psychodynamic ${psychodynamic} words, CBT ${cbt}`).to.be.at.most(1.15);
  });
});
