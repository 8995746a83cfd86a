// CBT's explainer: its sections, FAQ, glossary terms and sources, as a visitor meets them.
import { expect, waitUntil } from '@open-wc/testing';
import { enGB } from '../../packages/content/src/index.js';
import { glossaryCbt } from '../../packages/content/src/packs/en-GB/glossary-cbt.js';
import { cbtSources } from '../../packages/content/src/packs/en-GB/sources/cbt.js';
import { otherSources, psychodynamicSources } from '../../packages/content/src/packs/en-GB/sources.js';
import type { PsyTerm } from '../../packages/core/src/define/psy-term.js';
import { $, $$, mount, spyWarnings, text } from './helpers.js';

const SECTIONS = [
  'Core ideas',
  'The main techniques',
  'What it can help with',
  'Who it may suit',
  'What sessions are like',
  'How long it takes',
  'Types of CBT',
  'How it differs from psychodynamic therapy',
  'Self-help and other treatment',
  'Questions people often ask',
  'Sources',
];

/** The visible text of one section, by its id. */
const sectionText = (el: Element, id: string) => text($(el, `#psy-${id}`));
/** The words of a text, as a reader counts them. */
const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w)).length;

describe('<psy-explainer therapy="cbt">', () => {
  let warnings: ReturnType<typeof spyWarnings>;
  beforeEach(() => (warnings = spyWarnings()));
  afterEach(() => warnings.restore());

  it('explains CBT in every section, in order, as deeply as psychodynamic therapy, with no warning', async () => {
    const el = await mount({ therapy: 'cbt' });
    expect(text($(el, '.overview'))).to.match(/^CBT stands for cognitive behavioural therapy\./);
    expect($$(el, 'section .h').map(text)).to.deep.equal(SECTIONS);
    expect(warnings.calls).to.deep.equal([]);
  });

  it('answers the same `sections` ids as the psychodynamic text', async () => {
    const ids = 'faq variants techniques helps-with';
    const [cbt, psychodynamic] = await Promise.all([
      mount({ therapy: 'cbt', sections: ids }),
      mount({ sections: ids }),
    ]);
    const titles = (el: Element) => $$(el, 'section .h').map(text);
    expect(titles(cbt)).to.deep.equal([
      'Questions people often ask',
      'Types of CBT',
      'The main techniques',
      'What it can help with',
    ]);
    expect(titles(psychodynamic)).to.have.length(4);
  });

  it('has between 1,050 and 1,200 words in its overview, sections and questions, headings aside', async () => {
    const el = await mount({ therapy: 'cbt' });
    const body = [
      $(el, '.overview')!,
      ...$$(el, 'section')
        .filter((s) => s.id !== 'psy-sources')
        .flatMap((s) => [...s.querySelectorAll(':scope p, :scope li, :scope dt, :scope dd')])
        .filter((node) => !node.closest('[part=sources]') && !node.parentElement!.closest('li, dd')),
    ];
    const words = wordCount(body.map((node) => text(node)).join(' '));
    expect(words).to.be.within(1050, 1200);
  });

  it('names its techniques, each a glossary term', async () => {
    const el = await mount({ therapy: 'cbt', sections: 'techniques' });
    const terms = $$<PsyTerm>(el, 'section psy-term').map((term) => term.getAttribute('term'));
    expect(terms).to.include.members([
      'cognitive-restructuring',
      'thought-record',
      'exposure',
      'behavioural-activation',
      'homework',
    ]);
    expect($$(el, 'section li strong').map(text)).to.include.members(['Testing thoughts.', 'Facing fears.']);
  });

  it('says how sessions run, from the agenda to relapse prevention, and how long a course takes', async () => {
    const el = await mount({ therapy: 'cbt', sections: 'sessions duration' });
    expect(sectionText(el, 'sessions')).to.match(/30 to 60 minutes[\s\S]*agenda[\s\S]*relapse prevention/);
    expect(sectionText(el, 'duration')).to.contain('5 to 20 sessions').and.contain('8 to 12 sessions');
  });

  it('states NICE’s position for less and for more severe depression, with guided self-help first', async () => {
    const el = await mount({ therapy: 'cbt', sections: 'helps-with' });
    const helps = sectionText(el, 'helps-with');
    expect(helps).to.match(/less severe depression, it says to consider guided self-help first/);
    expect(helps).to.match(/more severe depression, NICE found good evidence for CBT one to one/);
    expect(helps).to.contain('the choice is yours');
    expect(helps).not.to.match(/offered first|first choice/i);
  });

  it('says when it may not fit and how it can feel hard, with crisis help first', async () => {
    const el = await mount({ therapy: 'cbt', sections: 'who-it-suits' });
    const suits = sectionText(el, 'who-it-suits');
    expect(suits).to.contain('When it may not fit.').and.contain('not crisis services');
    expect(suits).to.contain('get urgent help first');
    expect(suits).to.contain('How it can feel hard.');
  });

  it('names its variants and its relatives, each with a glossary term', async () => {
    const el = await mount({ therapy: 'cbt', sections: 'variants' });
    const terms = $$(el, 'section psy-term').map((term) => term.getAttribute('term'));
    expect(terms).to.deep.equal(['trauma-focused-cbt', 'erp', 'behavioural-activation', 'mbct', 'dbt', 'act', 'cft']);
  });

  it('answers at least six questions, its evidence with each study’s design and the limits of NHS access', async () => {
    const el = await mount({ therapy: 'cbt', sections: 'faq' });
    const questions = $$(el, 'dt').map(text);
    expect(questions.length).to.be.at.least(6);
    expect(questions).to.have.length($$(el, 'dd').length);
    const answer = (question: string) => text($$(el, 'dd')[questions.indexOf(question)]);
    const evidence = answer('Is there evidence that it works?');
    for (const study of ['Haby and others, 2006', 'Cuijpers and others, 2016', 'A 2017 overview', 'A 2015 editorial'])
      expect(evidence).to.contain(study);
    expect(evidence.match(/This was a meta-analysis/g)).to.have.length(2);
    expect(evidence).to.contain('cannot be compared');
    const nhs = answer('Can I get it on the NHS?');
    expect(nhs).to.match(/^In England, adults can refer themselves/);
    expect(nhs).to.contain('not for a crisis');
  });

  it('opens a plain definition for each of its own glossary words', async () => {
    const el = await mount({ therapy: 'cbt' });
    const terms = $$<PsyTerm>(el, 'psy-term');
    const used = new Set(terms.map((term) => term.getAttribute('term')));
    expect([...used]).to.include.members(Object.keys(glossaryCbt));
    const exposure = terms.find((term) => term.getAttribute('term') === 'exposure')!;
    await waitUntil(() => exposure.shadowRoot?.querySelector('[part=popover]'), 'the term should render');
    const popover = exposure.shadowRoot!.querySelector('[part=popover]')!;
    await waitUntil(() => text(popover) === glossaryCbt.exposure!.definition, 'the definition should load');
    // the default glossary carries CBT's terms unchanged
    for (const [id, entry] of Object.entries(glossaryCbt)) expect(enGB.glossary![id], id).to.deep.equal(entry);
  });

  it('lists each source its text cites once, CBT’s own among them, with https links', async () => {
    const el = await mount({ therapy: 'cbt' });
    const titles = $$(el, '#psy-sources [part=sources] li').map(text);
    expect(new Set(titles).size).to.equal(titles.length);
    const therapy = enGB.therapies!.cbt!;
    const blocks = [
      ...therapy.overview,
      ...therapy.sections.flatMap((s) => s.blocks),
      ...therapy.faq.flatMap((f) => f.answer),
    ];
    const cited = new Set(
      blocks.flatMap((b) => (b.type === 'paragraph' ? b.sources : b.items.flatMap((i) => i.sources))),
    );
    expect(titles).to.have.length(cited.size);
    for (const id of ['babcp', 'slam-cbt', 'ng222-p89', 'haby06', 'cuijpers16', 'overview17', 'solomonov15'])
      expect(titles.some((title) => title.includes(enGB.sources![id]!.title))).to.equal(true, id);
    // practice pages and blogs may describe sessions, never CBT's claims
    expect([...cited].filter((id) => enGB.sources![id]!.kind === 'practice-page')).to.deep.equal([]);
    // each written once: a second entry under the same id would replace what a visitor sees
    const elsewhere = { ...psychodynamicSources, ...otherSources };
    expect(Object.keys(cbtSources).filter((id) => id in elsewhere)).to.deep.equal([]);
    for (const link of $$<HTMLAnchorElement>(el, '#psy-sources a')) expect(link.href).to.match(/^https:\/\//);
  });
});
