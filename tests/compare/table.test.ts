import { expect } from '@open-wc/testing';
import { $, $$, counsellingPack, mount, shown, text } from './helpers.js';

const ALL_ASPECTS = [
  'Main focus',
  'Past or present',
  'Structure and homework',
  'The therapist’s role',
  'Typical length and frequency',
  'Main techniques',
  'Often used for',
  'Evidence',
  'First sessions',
].map((label) => label.replace('’', "'"));

describe('<psy-compare> wide: a real table', () => {
  it('shows a table with a caption naming both approaches, CBT first by default', async () => {
    const el = await mount(1000);
    const table = $(el, 'table')!;
    expect(shown(table)).to.be.true;
    expect(table.getAttribute('role')).to.equal(null);
    const caption = table.querySelector(':scope > caption')!;
    expect(text(caption)).to.equal('Cognitive behavioural therapy (CBT) and Psychodynamic therapy compared');
    const heading = caption.querySelector('[role=heading]')!;
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(text(heading)).to.equal(text(caption));
  });

  it('has a column header per therapy and a row header per aspect, with their scopes', async () => {
    const el = await mount(1000);
    const columnHeaders = $$(el, 'thead th');
    expect(columnHeaders.map(text)).to.deep.equal([
      'Aspect',
      'Cognitive behavioural therapy (CBT)',
      'Psychodynamic therapy',
    ]);
    expect(columnHeaders.every((th) => th.getAttribute('scope') === 'col')).to.be.true;
    const rows = $$(el, 'tbody tr');
    expect(rows).to.have.length(9);
    const rowHeaders = rows.map((row) => row.firstElementChild as HTMLElement);
    expect(rowHeaders.every((th) => th.localName === 'th' && th.getAttribute('scope') === 'row')).to.be.true;
    expect(rowHeaders.map(text)).to.deep.equal(ALL_ASPECTS);
    for (const row of rows) expect(row.querySelectorAll('td')).to.have.length(2);
  });

  it('puts each statement under the right column: CBT’s structure cell speaks of homework', async () => {
    const el = await mount(1000);
    const row = $$(el, 'tbody tr').find((tr) => text(tr.querySelector('th')).startsWith('Structure'))!;
    const [cbt, psychodynamic] = [...row.querySelectorAll('td')];
    expect(text(cbt!)).to.contain('Structured. Each session has an agenda');
    expect(text(psychodynamic!)).to.contain('Open. You talk freely');
  });

  it('keeps the column order the page gives', async () => {
    const el = await mount(1000, { therapies: 'psychodynamic cbt' });
    expect($$(el, 'thead th[scope=col]').slice(1).map(text)).to.deep.equal([
      'Psychodynamic therapy',
      'Cognitive behavioural therapy (CBT)',
    ]);
    expect(text($(el, 'caption'))).to.equal('Psychodynamic therapy and Cognitive behavioural therapy (CBT) compared');
  });

  it('shows a subset of aspects in the order given', async () => {
    const el = await mount(1000, { aspects: 'evidence focus length' });
    expect($$(el, 'tbody th[scope=row]').map(text)).to.deep.equal([
      'Evidence',
      'Main focus',
      'Typical length and frequency',
    ]);
  });

  it('shows three therapies when a pack adds one, with a note for cells it does not cover', async () => {
    const el = await mount(1200, { therapies: 'cbt psychodynamic counselling' }, counsellingPack);
    expect($$(el, 'thead th[scope=col]').slice(1).map(text)).to.deep.equal([
      'Cognitive behavioural therapy (CBT)',
      'Psychodynamic therapy',
      'Counselling (example clinic text)',
    ]);
    expect(text($(el, 'caption'))).to.equal(
      'Cognitive behavioural therapy (CBT), Psychodynamic therapy and Counselling (example clinic text) compared',
    );
    const rows = $$(el, 'tbody tr');
    expect(text(rows[0]!.querySelectorAll('td')[2]!)).to.contain('Example: what our counselling sessions focus on.');
    expect(text(rows[8]!.querySelectorAll('td')[2]!)).to.equal('Not covered in this comparison.');
    expect(text($(el, '[part=note]'))).to.match(/^Each of these approaches can help\./);
  });

  it('lists each statement’s sources by name, linked where the source has an address', async () => {
    const el = await mount(1000, { aspects: 'evidence' });
    const cbtSources = $$(el, 'tbody td')[0]!.querySelector('[part=sources]')!;
    expect(text(cbtSources)).to.match(
      /^Sources: Systematic review: How effective are cognitive behavior therapies for major depression and anxiety disorders\? A meta-analytic update of the evidence, World Psychiatry/,
    );
    expect(text(cbtSources)).to.contain('; Guideline: Depression in adults: treatment and management (NG222)');
    const link = cbtSources.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://scicombinator.com/articles/2836022');
    // a source without an address is named, not linked, with its kind
    const clinic = await mount(
      1000,
      { aspects: 'focus' },
      {
        sources: { ours: { id: 'ours', kind: 'practice-page', title: 'How we work', publisher: 'Example clinic' } },
        comparison: { cbt: { focus: { sources: ['ours'] } } },
      },
    );
    const sources = clinic.shadowRoot!.querySelector('td [part=sources]')!;
    expect(text(sources)).to.equal('Sources: Practice page: How we work, Example clinic');
    expect(sources.querySelectorAll('a')).to.have.length(0);
  });

  it('shows glossary terms as <psy-term> elements', async () => {
    const el = await mount(1000, { aspects: 'focus' });
    const term = $$(el, 'td')[1]!.querySelector('psy-term')!;
    expect(term).to.exist;
    expect(term.getAttribute('term')).to.equal('unconscious');
    expect(text($$(el, 'td')[1]!.querySelector('.summary'))).to.equal(
      'How your past and unconscious feelings shape how you feel and relate now.',
    );
  });

  it('ends with a neutral closing note and a cta slot', async () => {
    const el = await mount(1000);
    expect(text($(el, '[part=note]'))).to.equal(
      'Both approaches can help. Which one fits depends on you and what you want from therapy. A qualified professional can help you decide.',
    );
    const slot = $(el, 'slot[name=cta]') as HTMLSlotElement;
    const link = document.createElement('a');
    link.slot = 'cta';
    link.href = '#contact';
    link.textContent = 'Talk to us';
    el.append(link);
    expect(slot.assignedElements()[0] === link, 'the link is in the cta slot').to.be.true;
    expect(shown(link)).to.be.true;
  });

  it('says nothing that ranks the approaches', async () => {
    const el = await mount(1000, { highlight: true });
    expect(el.shadowRoot!.textContent!.toLowerCase()).not.to.match(/\b(better|best|worse|worst|winner|recommended)\b/);
  });

  it('uses heading-level for the title', async () => {
    const el = await mount(1000, { 'heading-level': '3' });
    expect($(el, 'caption [role=heading]')!.getAttribute('aria-level')).to.equal('3');
  });
});
