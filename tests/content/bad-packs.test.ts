// A clinic's content that the schema refuses: every refusal names the path, what it found and what it accepts.
import { expect } from '@open-wc/testing';
import { enGB, parseContentPack, resolveContent } from '../../packages/content/src/index.js';
import { copy, issueAt, issuesOf } from '../helpers/content-issues.js';

describe('resolveContent with bad packs', () => {
  it('names a wrong type with its path, what was expected and what was found', () => {
    const issue = issueAt(issuesOf({ therapies: { psychodynamic: { name: 42 } } }), 'therapies.psychodynamic.name');
    expect(issue.expected).to.match(/text/);
    expect(issue.received).to.equal('42');
    expect(issue.message).to.include('therapies.psychodynamic.name').and.include('42').and.include(issue.expected);
  });

  it('names a date that does not exist', () => {
    const issues = issuesOf({ therapies: { psychodynamic: { review: { nextReview: '2027-02-30' } } } });
    const issue = issueAt(issues, 'therapies.psychodynamic.review.nextReview');
    expect(issue.expected).to.match(/real calendar date/);
    expect(issue.received).to.equal('"2027-02-30"');
  });

  it('names a date in the wrong form', () => {
    const issue = issueAt(
      issuesOf({ therapies: { cbt: { review: { lastReviewed: '23/11/2026' } } } }),
      'therapies.cbt.review.lastReviewed',
    );
    expect(issue.expected).to.match(/YYYY-MM-DD/);
  });

  it('names a next review that comes before the last review', () => {
    const issues = issuesOf({ therapies: { psychodynamic: { review: { nextReview: '2020-01-01' } } } });
    expect(issueAt(issues, 'therapies.psychodynamic.review.nextReview').expected).to.match(/later than lastReviewed/);
  });

  it('names an unknown glossary term', () => {
    const issues = issuesOf({
      therapies: {
        psychodynamic: {
          faq: [
            {
              id: 'x',
              question: 'Q?',
              answer: [{ type: 'paragraph', text: [{ term: 'no-such-term', text: 'words' }], sources: [] }],
            },
          ],
        },
      },
    });
    const issue = issues.find((i) => i.path.endsWith('.term'))!;
    expect(issue.path).to.match(/^therapies\.psychodynamic\.faq\.\d+\.answer\.0\.text\.0\.term$/);
    expect(issue.expected).to.match(/glossary/);
    expect(issue.received).to.equal('"no-such-term"');
  });

  it('names an unknown source', () => {
    const issues = issuesOf({ comparison: { cbt: { focus: { sources: ['nowhere'] } } } });
    const issue = issueAt(issues, 'comparison.cbt.focus.sources.0');
    expect(issue.expected).to.match(/sources/);
    expect(issue.received).to.equal('"nowhere"');
  });

  it('takes a statement marked as describing sessions, and names any other mark with what is accepted', () => {
    const paragraph = (describes: string) => ({
      id: 'first',
      question: 'What is the first session like?',
      answer: [{ type: 'paragraph', text: ['We talk about what brings you.'], sources: ['bacp-pd'], describes }],
    });
    const ok = resolveContent(enGB, { therapies: { psychodynamic: { faq: [paragraph('sessions')] } } });
    expect(ok.ok, JSON.stringify(!ok.ok && ok.issues)).to.equal(true);
    const issue = issueAt(
      issuesOf({ therapies: { psychodynamic: { faq: [paragraph('feelings')] } } }),
      'therapies.psychodynamic.faq.0.answer.0.describes',
    );
    expect(issue.expected).to.include('sessions');
    expect(issue.received).to.equal('"feelings"');
  });

  it('names a missing field of a new item', () => {
    const issues = issuesOf({ therapies: { psychodynamic: { faq: [{ id: 'fees', question: 'Fees?' }] } } });
    const issue = issueAt(issues, 'therapies.psychodynamic.faq.0.answer');
    expect(issue.expected).to.match(/required/);
    expect(issue.received).to.equal('nothing');
  });

  it('names a misspelt field', () => {
    const issue = issueAt(
      issuesOf({ therapies: { psychodynamic: { review: { revewer: 'Dr X' } } } }),
      'therapies.psychodynamic.review.revewer',
    );
    expect(issue.expected).to.match(/no field/);
    expect(issue.message).to.include('revewer');
  });

  it('names a new therapy that is missing most of its fields after the merge', () => {
    const issues = issuesOf({ therapies: { 'person-centred': { name: 'Person-centred therapy' } } });
    expect(issues.map((i) => i.path)).to.include.members([
      'therapies.person-centred.id',
      'therapies.person-centred.summary',
    ]);
  });

  it('refuses a link that is not https', () => {
    const issues = issuesOf({ sources: { cd: { url: 'javascript:alert(1)' } } });
    expect(issueAt(issues, 'sources.cd.url').received).to.equal('"javascript:alert(1)"');
  });

  it('refuses a helpline without a way to reach it', () => {
    const line = {
      id: 'x',
      name: 'X',
      hours: 'Always',
      purpose: 'Help.',
      url: 'https://x.example/',
      verifiedOn: '2026-11-23',
    };
    const issues = issuesOf({ helplines: { GB: { lines: [line] } } });
    expect(issues.some((i) => i.path.startsWith('helplines.GB.lines.') && /phone or sms/.test(i.expected))).to.equal(
      true,
    );
  });

  it('refuses a helpline without a source or a verified-on date', () => {
    const line = { id: 'x', name: 'X', phone: '123', hours: 'Always', purpose: 'Help.' };
    const issues = issuesOf({ helplines: { GB: { lines: [line] } } });
    const paths = issues.map((i) => i.path);
    expect(paths.some((p) => p.endsWith('.url'))).to.equal(true);
    expect(paths.some((p) => p.endsWith('.verifiedOn'))).to.equal(true);
  });

  it('refuses an answer without a lean for every therapy the set profiles', () => {
    const pack = copy();
    const option = pack.questionSets!.preferences!.questions[0]!.options[0]!;
    delete (option.leans as Record<string, number>).cbt;
    const result = parseContentPack(pack);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(issueAt(result.issues, 'questionSets.preferences.questions.0.options.0.leans').expected).to.equal(
      'a lean for each of cbt, psychodynamic, and for no other therapy',
    );
  });

  it('refuses a set that profiles a therapy the pack does not have, and a margin below 1', () => {
    const pack = copy();
    const set = pack.questionSets!.preferences!;
    set.therapies.hypnosis = { name: 'hypnosis', title: 'Might hypnosis suit me?' };
    set.margin = 0;
    const result = parseContentPack(pack);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const paths = result.issues.map((i) => i.path);
    expect(paths).to.include('questionSets.preferences.therapies.hypnosis');
    expect(paths).to.include('questionSets.preferences.margin');
  });

  it('refuses a question whose basis cites no source, or one the pack does not hold', () => {
    const pack = copy();
    const [first, second] = pack.questionSets!.preferences!.questions;
    first!.basis = [];
    second!.basis = ['no-such-source'];
    const result = parseContentPack(pack);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const paths = result.issues.map((i) => i.path);
    expect(paths).to.include('questionSets.preferences.questions.0.basis');
    expect(paths).to.include('questionSets.preferences.questions.1.basis.0');
  });

  it('refuses leans outside -2..2 and a question with one option', () => {
    const pack = copy();
    const question = pack.questionSets!.preferences!.questions[0]!;
    question.options[0]!.leans.psychodynamic = 5;
    const result = parseContentPack(pack);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(
      issueAt(result.issues, 'questionSets.preferences.questions.0.options.0.leans.psychodynamic').received,
    ).to.equal('5');
    question.options[0]!.leans.psychodynamic = 2;
    question.options.splice(1);
    const again = parseContentPack(pack);
    expect(again.ok).to.equal(false);
  });

  it('refuses duplicate ids in a list', () => {
    const pack = copy();
    const sections = pack.therapies!.psychodynamic!.sections;
    sections.push({ ...sections[0]! });
    const result = parseContentPack(pack);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues[0]!.path).to.equal(`therapies.psychodynamic.sections.${sections.length - 1}.id`);
  });

  it('refuses a record entry whose id differs from its key', () => {
    const issues = issuesOf({ glossary: { transference: { id: 'refusal' } } });
    expect(issueAt(issues, 'glossary.transference.id').expected).to.include('"transference"');
  });

  it('refuses anything that is not a pack, without throwing', () => {
    for (const bad of [42, 'pack', true]) {
      const result = resolveContent(enGB, bad);
      expect(result.ok, String(bad)).to.equal(false);
      if (!result.ok) expect(result.issues[0]!.path).to.equal('');
    }
    expect(resolveContent(enGB, []).ok).to.equal(false);
    expect(parseContentPack(undefined).ok).to.equal(false);
  });

  it('does not throw on an object whose getter throws', () => {
    const hostile = {
      get therapies(): never {
        throw new Error('boom');
      },
    };
    const result = resolveContent(enGB, hostile);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues[0]!.message).to.include('boom');
  });
});
