import { expect } from '@open-wc/testing';
import { $, mount, shown, spyWarnings, text } from './helpers.js';
import { expectNoAxeViolations } from '../helpers/axe.js';

describe('<psy-explainer> bad input', () => {
  let warnings: ReturnType<typeof spyWarnings>;
  beforeEach(() => (warnings = spyWarnings()));
  afterEach(() => warnings.restore());

  const cases: [string, Record<string, string | number>, string][] = [
    ['an unknown therapy', { therapy: 'gestalt' }, 'therapy="gestalt" is not accepted; use psychodynamic or cbt.'],
    [
      'unknown sections',
      { sections: 'principles dreams' },
      'sections="principles dreams" is not accepted; use ids from: principles, techniques, helps-with',
    ],
    ['heading-level 1', { 'heading-level': 1 }, 'heading-level="1" is not accepted; use a whole number from 2 to 6.'],
    ['heading-level 7', { 'heading-level': 7 }, 'heading-level="7" is not accepted; use a whole number from 2 to 6.'],
    [
      'a heading-level that is not a number',
      { 'heading-level': 'two' },
      'heading-level="two" is not accepted; use a whole number from 2 to 6.',
    ],
    ['an unknown layout', { layout: 'tabs' }, 'layout="tabs" is not accepted; use full, accordion, summary.'],
  ];

  for (const [what, attrs, message] of cases) {
    it(`${what}: a visible message saying what is accepted, and one console warning`, async () => {
      const el = await mount(attrs);
      const problem = $(el, '[part=problem]')!;
      expect(shown(problem)).to.be.true;
      expect(problem.getAttribute('role')).to.equal('status');
      expect(text(problem)).to.contain('This information can’t be shown right now.');
      expect(text(problem)).to.contain(message);
      expect($(el, 'article')).to.equal(null);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.calls).to.have.length(1);
      expect(warnings.calls[0]).to.contain(message);
      await expectNoAxeViolations(el);
    });
  }

  it('an invalid content pack: names the path, what was expected and what was found', async () => {
    const el = await mount({}, { content: { therapies: { psychodynamic: { name: '' } } } });
    const problem = text($(el, '[part=problem]'));
    expect(problem).to.contain('therapies.psychodynamic.name');
    expect(problem).to.contain('some text (it must not be empty)');
    expect(warnings.calls).to.have.length(1);
  });

  it('a content pack that is not an object at all', async () => {
    const el = await mount({}, { content: 'psychodynamic' });
    expect(text($(el, '[part=problem]'))).to.contain('.content: The content pack: expected');
    expect(text($(el, '[part=problem]'))).to.contain('but found "psychodynamic"');
  });

  it('recovers when the input is put right', async () => {
    const el = await mount({ therapy: 'gestalt' });
    el.therapy = 'cbt';
    await el.updateComplete;
    expect($(el, '[part=problem]')).to.equal(null);
    expect(text($(el, '[part=title]'))).to.equal('Cognitive behavioural therapy (CBT)');
  });

  it('a therapy added by a clinic’s pack is accepted', async () => {
    const example = 'Example clinic text, to be replaced with its own words.';
    const el = await mount(
      { therapy: 'counselling' },
      {
        content: {
          therapies: {
            counselling: {
              id: 'counselling',
              name: 'Counselling (example)',
              shortName: 'Counselling',
              summary: example,
              overview: [{ type: 'paragraph', text: [example], sources: [] }],
              sections: [
                { id: 'sessions', title: 'Sessions', blocks: [{ type: 'paragraph', text: [example], sources: [] }] },
              ],
              faq: [],
              review: {
                lastReviewed: '2026-11-01',
                nextReview: '2027-11-01',
                reviewer: null,
                author: 'Example clinic',
              },
            },
          },
        },
      },
    );
    expect(text($(el, '[part=title]'))).to.equal('Counselling (example)');
    expect([...el.shadowRoot!.querySelectorAll('section')].map((s) => s.id)).to.deep.equal([
      'psy-sessions',
      'psy-sources',
    ]);
    expect(warnings.calls).to.deep.equal([]);
  });
});
