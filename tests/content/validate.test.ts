import { expect } from '@open-wc/testing';
import { enGB, mergeContent, resolveContent } from '../../packages/content/src/index.js';
import { copy, issuesOf } from '../helpers/content-issues.js';

describe('resolveContent with good partial packs', () => {
  it('adds a clinic FAQ entry after the default ones', () => {
    const fees = {
      id: 'fees',
      question: 'What do sessions cost?',
      answer: [{ type: 'paragraph', text: ['Each session costs £60.'], sources: [] }],
    };
    const result = resolveContent(enGB, { therapies: { psychodynamic: { faq: [fees] } } });
    expect(result.ok, JSON.stringify(!result.ok && result.issues)).to.equal(true);
    if (!result.ok) return;
    const faq = result.pack.therapies!.psychodynamic!.faq;
    expect(faq.map((f) => f.id)).to.deep.equal([...enGB.therapies!.psychodynamic!.faq.map((f) => f.id), 'fees']);
    expect(faq.at(-1)).to.deep.equal(fees);
  });

  it('replaces a default FAQ entry with the same id', () => {
    const online = {
      id: 'online',
      question: 'Do you see people online?',
      answer: [{ type: 'paragraph', text: ['Yes, by video.'], sources: [] }],
    };
    const result = resolveContent(enGB, { therapies: { psychodynamic: { faq: [online] } } });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const faq = result.pack.therapies!.psychodynamic!.faq;
    expect(faq.length).to.equal(enGB.therapies!.psychodynamic!.faq.length);
    expect(faq.find((f) => f.id === 'online')).to.deep.equal(online);
  });

  it('fills in the reviewer and keeps the other review fields', () => {
    const result = resolveContent(enGB, {
      therapies: { psychodynamic: { review: { reviewer: 'Dr A. Example, UKCP' } } },
    });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.pack.therapies!.psychodynamic!.review).to.deep.equal({
      ...enGB.therapies!.psychodynamic!.review,
      reviewer: 'Dr A. Example, UKCP',
    });
  });

  it('takes a translated therapy name and locale', () => {
    const result = resolveContent(enGB, {
      locale: 'de-DE',
      therapies: { psychodynamic: { name: 'Psychodynamische Therapie', shortName: 'Psychodynamisch' } },
    });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.pack.locale).to.equal('de-DE');
    expect(result.pack.therapies!.psychodynamic!.name).to.equal('Psychodynamische Therapie');
    expect(result.pack.therapies!.psychodynamic!.sections).to.deep.equal(enGB.therapies!.psychodynamic!.sections);
  });

  it('takes a clinic glossary entry and a source, and text that uses them', () => {
    const result = resolveContent(enGB, {
      glossary: {
        supervision: {
          id: 'supervision',
          term: 'Supervision',
          definition: 'Regular review of a therapist’s work.',
          sources: ['clinic'],
        },
      },
      sources: {
        clinic: { id: 'clinic', kind: 'practice-page', title: 'Our practice', url: 'https://clinic.example/' },
      },
      therapies: {
        psychodynamic: {
          faq: [
            {
              id: 'supervision',
              question: 'Are your therapists supervised?',
              answer: [
                {
                  type: 'paragraph',
                  text: ['Yes, all get ', { term: 'supervision', text: 'supervision' }, '.'],
                  sources: ['clinic'],
                },
              ],
            },
          ],
        },
      },
    });
    expect(result.ok, JSON.stringify(!result.ok && result.issues)).to.equal(true);
  });

  it('gives back the default pack when there is no override', () => {
    const result = resolveContent(enGB);
    expect(result.ok).to.equal(true);
  });
});

describe('content is text, never HTML', () => {
  const withText = (text: unknown) => ({
    therapies: {
      psychodynamic: { faq: [{ id: 'x', question: 'Q?', answer: [{ type: 'paragraph', text, sources: [] }] }] },
    },
  });

  it('keeps an HTML-like string exactly as the text it is', () => {
    const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const result = resolveContent(enGB, withText([markup]));
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const block = result.pack.therapies!.psychodynamic!.faq.at(-1)!.answer[0]!;
    expect(block.type === 'paragraph' && block.text).to.deep.equal([markup]);
  });

  it('refuses HTML passed as an object, a template or a DOM node', () => {
    const template = { strings: ['<b>', '</b>'], values: [], _$litType$: 1 };
    for (const value of [{ html: '<b>hi</b>' }, template, document.createElement('b')]) {
      const issues = issuesOf(withText([value]));
      const issue = issues.find((i) => /\.text\.0$/.test(i.path))!;
      expect(issue, JSON.stringify(issues)).to.not.equal(undefined);
      expect(issue.expected).to.match(/plain text/);
    }
  });

  it('refuses rich text given as one string', () => {
    const issues = issuesOf(withText('<p>Hello</p>'));
    expect(issues.some((i) => /\.answer\.0\.text$/.test(i.path) && /list/.test(i.expected))).to.equal(true);
  });
});

describe('mergeContent', () => {
  it('changes neither argument', () => {
    const base = copy();
    const before = JSON.stringify(base);
    const override = { therapies: { psychodynamic: { name: 'New', faq: [] } } };
    const overrideBefore = JSON.stringify(override);
    const merged = mergeContent(base, override);
    expect(JSON.stringify(base)).to.equal(before);
    expect(JSON.stringify(override)).to.equal(overrideBefore);
    expect(merged.therapies!.psychodynamic!.name).to.equal('New');
  });

  it('replaces arrays without ids, and keeps an empty id-array override from wiping the defaults', () => {
    const merged = mergeContent(enGB, {
      therapies: { psychodynamic: { overview: [{ type: 'paragraph', text: ['Short.'], sources: [] }], faq: [] } },
    });
    expect(merged.therapies!.psychodynamic!.overview).to.have.length(1);
    expect(merged.therapies!.psychodynamic!.faq).to.deep.equal(enGB.therapies!.psychodynamic!.faq);
  });

  it('ignores __proto__ keys', () => {
    const override = JSON.parse('{"__proto__": {"polluted": true}, "locale": "en-GB"}');
    const merged = mergeContent(enGB, override) as unknown as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(merged.polluted).to.equal(undefined);
  });

  it('appends new aspects and adds a row of cells for them', () => {
    const result = resolveContent(enGB, {
      aspects: [{ id: 'cost', label: 'Cost here', differsMost: false }],
      comparison: {
        psychodynamic: { cost: { summary: ['£60 a session.'], sources: [] } },
        cbt: { cost: { summary: ['£55 a session.'], sources: [] } },
      },
    });
    expect(result.ok, JSON.stringify(!result.ok && result.issues)).to.equal(true);
    if (!result.ok) return;
    expect(result.pack.aspects!.at(-1)!.id).to.equal('cost');
  });
});
