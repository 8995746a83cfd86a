import { expect } from '@open-wc/testing';
import { $, $$, mount, text } from './helpers.js';

const DIFFERS_MOST = ['Main focus', 'Past or present', 'Structure and homework', "The therapist's role"];

describe('<psy-compare> highlight', () => {
  it('marks nothing by default', async () => {
    const el = await mount(1000);
    expect($$(el, '[part=flag]')).to.have.length(0);
    expect(el.shadowRoot!.textContent).not.to.contain('Differs most');
    expect($$(el, 'tr.differs')).to.have.length(0);
  });

  it('wide: marks, in words, the row header of each aspect the content says differs most', async () => {
    const el = await mount(1000, { highlight: true });
    const marked = $$(el, 'tbody th[scope=row]').filter((th) => th.querySelector('[part=flag]'));
    expect(marked.map((th) => text(th).replace(/, Differs most$/, ''))).to.deep.equal(DIFFERS_MOST);
    // the words are part of the row header, so a screen reader hears them with each cell of the row
    expect(text(marked[0]!)).to.equal('Main focus, Differs most');
    expect(text($(el, 'caption'))).to.contain('Aspects marked ‘Differs most’ are where the approaches differ most.');
  });

  it('narrow: marks the same aspects in their headings', async () => {
    const el = await mount(320, { highlight: true });
    const headings = $$(el, '[part=groups] section [role=heading]');
    const marked = headings.filter((h) => h.querySelector('[part=flag]')).map(text);
    expect(marked).to.deep.equal(DIFFERS_MOST.map((label) => `${label}, Differs most`));
    expect(text($(el, '[part=groups]'))).to.contain('Aspects marked ‘Differs most’');
  });

  it('marks visibly, not by colour alone: the mark is visible text with a border, and the row a side bar', async () => {
    const el = await mount(1000, { highlight: true });
    const flag = $(el, '[part=flag]')!;
    const style = getComputedStyle(flag);
    expect(flag.getBoundingClientRect().width).to.be.greaterThan(30);
    expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
    const rowHeader = flag.closest('th')!;
    expect(parseFloat(getComputedStyle(rowHeader).borderInlineStartWidth)).to.be.at.least(3);
    const plainHeader = $$(el, 'tbody th[scope=row]').at(-1)!;
    expect(parseFloat(getComputedStyle(plainHeader).borderInlineStartWidth)).to.equal(0);
  });

  it('follows the order and subset given', async () => {
    const el = await mount(1000, { highlight: true, aspects: 'evidence structure' });
    const flags = $$(el, 'tbody tr').map((tr) => !!tr.querySelector('[part=flag]'));
    expect(flags).to.deep.equal([false, true]);
  });

  it('follows the content: a pack can change which aspects differ most', async () => {
    const el = await mount(
      1000,
      { highlight: true, aspects: 'focus evidence' },
      {
        aspects: [
          { id: 'focus', label: 'Main focus', differsMost: false },
          { id: 'evidence', label: 'Evidence', differsMost: true },
        ],
      },
    );
    const flags = $$(el, 'tbody tr').map((tr) => !!tr.querySelector('[part=flag]'));
    expect(flags).to.deep.equal([false, true]);
  });
});
