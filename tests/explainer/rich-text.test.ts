// The rich-text helpers in core that the explainer (and the comparison) render content with.
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import type { Block, Source } from '../../packages/content/src/index.js';
import { citedSources, renderBlocks, renderRichText, renderSource } from '../../packages/core/src/rich-text.js';

const into = (value: unknown) => {
  const div = document.createElement('div');
  render(html`${value}`, div);
  return div;
};

describe('rich text', () => {
  it('renders text, emphasis and glossary terms, and markup in a pack only as text', () => {
    const div = into(
      renderRichText([
        'A <b>bold</b> claim with ',
        { term: 'transference', text: 'transference' },
        ' and ',
        { strong: 'this' },
      ]),
    );
    expect(div.textContent).to.equal('A <b>bold</b> claim with transference and this');
    expect(div.querySelector('b')).to.equal(null);
    expect(div.querySelector('psy-term')!.getAttribute('term')).to.equal('transference');
    expect(div.querySelector('strong')!.textContent).to.equal('this');
  });

  it('hands a glossary to every term', () => {
    const glossary = { x: { id: 'x', term: 'X', definition: 'Example definition.', sources: [] } };
    const div = into(renderRichText([{ term: 'x', text: 'x' }], { glossary }));
    expect((div.querySelector('psy-term') as HTMLElement & { glossary: unknown }).glossary).to.equal(glossary);
  });

  const blocks: Block[] = [
    { type: 'paragraph', text: ['One.'], sources: ['a', 'b'] },
    { type: 'list', intro: ['Intro:'], items: [{ text: ['Item.'], sources: ['b', 'c'] }] },
  ];

  it('renders paragraphs and lists, with the list’s intro before it', () => {
    const div = into(renderBlocks(blocks));
    expect([...div.children].map((c) => c.localName)).to.deep.equal(['p', 'p', 'ul']);
    expect(div.querySelector('ul li')!.textContent).to.equal('Item.');
  });

  it('collects cited sources once each, in order of first citation', () => {
    expect(citedSources(blocks)).to.deep.equal(['a', 'b', 'c']);
  });

  it('writes a source as one line, linking the title only when there is an address', () => {
    const source: Source = {
      id: 's',
      kind: 'trial',
      title: 'A study',
      author: 'A. Author',
      publisher: 'A Press',
      year: 2020,
    };
    expect(into(renderSource(source)).textContent).to.equal('A study. A. Author, A Press, 2020.');
    expect(into(renderSource(source)).querySelector('a')).to.equal(null);
    const linked = into(renderSource({ ...source, url: 'https://example.org/study', note: 'A note.' }));
    expect(linked.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/study');
    expect(linked.textContent).to.equal('A study. A. Author, A Press, 2020. A note.');
  });
});
