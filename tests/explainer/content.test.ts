import { expect } from '@open-wc/testing';
import { $, $$, clinicPack, html, mount, overduePack, shown, spyWarnings, text } from './helpers.js';

const PSYCHODYNAMIC = [
  'Core ideas',
  'The main techniques',
  'What it can help with',
  'Who it may suit',
  'What sessions are like',
  'How long it takes',
  'Types of psychodynamic therapy',
  'How it differs from other therapies',
  'Other help, and where to start',
  'Questions people often ask',
  'Sources',
];

describe('<psy-explainer> content', () => {
  let warnings: ReturnType<typeof spyWarnings>;
  beforeEach(() => (warnings = spyWarnings()));
  afterEach(() => warnings.restore());

  it('explains psychodynamic therapy by default: title, overview, then every section in order', async () => {
    const el = await mount();
    expect(text($(el, '[part=title]'))).to.equal('Psychodynamic therapy');
    expect(text($(el, '.overview'))).to.match(/^Psychodynamic therapy is a talking therapy\./);
    expect($$(el, 'section .h').map(text)).to.deep.equal(PSYCHODYNAMIC);
    expect(warnings.calls).to.deep.equal([]);
  });

  it('explains CBT with therapy="cbt"', async () => {
    const el = await mount({ therapy: 'cbt' });
    expect(text($(el, '[part=title]'))).to.equal('Cognitive behavioural therapy (CBT)');
    expect($$(el, 'section .h').map(text)).to.include('How it differs from psychodynamic therapy');
  });

  it('shows only the sections asked for, in the order given', async () => {
    const el = await mount({ sections: 'faq techniques  principles' });
    expect($$(el, 'section .h').map(text)).to.deep.equal([
      'Questions people often ask',
      'The main techniques',
      'Core ideas',
    ]);
  });

  it('renders glossary references as <psy-term>s inside the text', async () => {
    const el = await mount({ sections: 'techniques' });
    const term = $(el, 'section psy-term[term="transference"]')!;
    expect(term).to.exist;
    expect(term.textContent).to.equal('transference');
    expect(term.closest('li')!.textContent).to.contain('Looking at this transference shows old patterns');
    expect(text($(el, 'section li strong'))).to.equal('Talking freely.');
  });

  it('answers the FAQ as questions and answers', async () => {
    const el = await mount({ sections: 'faq' });
    const questions = $$(el, 'dt').map(text);
    expect(questions[0]).to.equal('How long does it take?');
    expect(questions).to.have.length($$(el, 'dd').length);
    expect(text($$(el, 'dd')[0])).to.have.length.greaterThan(20);
  });

  it('shows what the page puts in the cta slot, after the content', async () => {
    const el = await mount({}, { children: html`<a slot="cta" href="/contact">Book a free consultation</a>` });
    const slot = $<HTMLSlotElement>(el, 'slot[name=cta]')!;
    expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal(['Book a free consultation']);
    expect(shown(el.querySelector('a'))).to.be.true;
    const lastSection = $$(el, 'section').at(-1)!;
    expect(lastSection.compareDocumentPosition(slot) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
  });

  it('ends with who wrote the text, the review dates and that the practice has not reviewed it yet', async () => {
    const el = await mount();
    const review = $(el, '[part=review]')!;
    expect(text(review)).to.equal(
      'Written by psy-widgets content team. Not yet reviewed by this practice. ' +
        'Last reviewed 23 November 2026. Next review due 23 November 2027.',
    );
    expect($$(el, '[part=review] time').map((t) => t.getAttribute('datetime'))).to.deep.equal([
      '2026-11-23',
      '2027-11-23',
    ]);
  });

  it('names the reviewer a clinic gives in its pack', async () => {
    const el = await mount({}, { content: clinicPack });
    expect(text($(el, '[part=review]'))).to.contain('Reviewed by Dr A. Example, example clinic.');
    expect(text($(el, '[part=review]'))).to.contain('Last reviewed 1 December 2026.');
  });

  it('past its next review date, still shows everything and warns the web team once', async () => {
    const el = await mount({}, { content: overduePack });
    expect($$(el, 'section')).to.have.length(PSYCHODYNAMIC.length);
    expect(text($(el, '[part=review]'))).to.contain('Next review due 10 January 2021.');
    el.layout = 'accordion';
    await el.updateComplete;
    await mount({}, { content: overduePack });
    const overdue = warnings.calls.filter((w) => w.includes('due for review'));
    expect(overdue).to.have.length(1);
    expect(overdue[0]).to.contain('"psychodynamic" was due for review on 2021-01-10');
    expect($(el, '[part=problem]')).to.equal(null);
  });
});
