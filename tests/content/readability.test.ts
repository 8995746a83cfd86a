import { expect } from '@open-wc/testing';
import { enGB } from '../../packages/content/src/index.js';
import { bodyTexts, fleschKincaid, sentences, syllables, words } from './readability.js';

const MAX_GRADE = 9;

describe('the readability measure', () => {
  it('counts syllables the way readers hear them, near enough', () => {
    const cases: [string, number][] = [
      ['cat', 1],
      ['therapy', 3],
      ['feelings', 2],
      ['unconscious', 3],
      ['psychodynamic', 4],
      ['made', 1],
      ['anxiety', 3],
    ];
    for (const [word, count] of cases) expect(syllables(word), word).to.be.within(count - 1, count + 1);
  });

  it('counts words and sentences', () => {
    expect(words('You talk. The therapist listens!')).to.have.length(5);
    expect(sentences('You talk. The therapist listens! Why?')).to.equal(3);
    expect(sentences('no full stop')).to.equal(1);
  });

  it('scores plain text low and dense text high', () => {
    expect(fleschKincaid('You talk. They listen. It helps.')).to.be.below(3);
    expect(
      fleschKincaid(
        'Psychodynamic psychotherapy conceptualises intrapsychic conflict as the manifestation of unconscious motivational determinants.',
      ),
    ).to.be.above(15);
  });
});

describe('readability of the default English pack', () => {
  const texts = bodyTexts(enGB);

  it('checks every body text', () => {
    // paragraphs, list items, FAQ answers, cells, definitions, reasons and the self-check's notes are all collected
    expect(texts.length).to.be.above(150);
    for (const part of ['overview', 'sections', 'faq', 'glossary', 'comparison', 'reason', 'why']) {
      expect(
        texts.some((t) => t.where.includes(part)),
        part,
      ).to.equal(true);
    }
  });

  it(`keeps every body text at Flesch-Kincaid grade ${MAX_GRADE} or below`, () => {
    const graded = texts.map((t) => ({ ...t, grade: fleschKincaid(t.text) })).sort((a, b) => b.grade - a.grade);
    const over = graded.filter((t) => t.grade > MAX_GRADE);
    const report = graded
      .slice(0, Math.max(5, over.length))
      .map((t) => `  ${t.grade.toFixed(1)}  ${t.where}: ${t.text}`)
      .join('\n');
    expect(over.length, `${over.length} text(s) above grade ${MAX_GRADE}. Worst first:\n${report}`).to.equal(0);
  });

  it('averages grade 8 or below', () => {
    const mean = texts.reduce((sum, t) => sum + fleschKincaid(t.text), 0) / texts.length;
    expect(mean).to.be.at.most(8);
  });
});
