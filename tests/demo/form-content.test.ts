// The configurator's form is plain HTML, so it renders without waiting for a script; these checks keep its choices in
// step with the default content pack.
import { expect } from '@open-wc/testing';
import { aspects } from '@psy-widgets/content/packs/en-GB/comparison.js';
import { helplines } from '@psy-widgets/content/packs/en-GB/helplines.js';
import { therapies } from '@psy-widgets/content/packs/en-GB/therapies.js';

const form = async () => {
  const page = new DOMParser().parseFromString(await (await fetch('/demo/embed.html')).text(), 'text/html');
  return page.querySelector('#embed-form')!;
};
const values = (root: Element, selector: string) =>
  [...root.querySelectorAll<HTMLInputElement | HTMLOptionElement>(selector)].map((el) => el.value);

describe('embed configurator: choices match the content', () => {
  it('offers every therapy', async () => {
    expect(values(await form(), '[name="therapy"] option')).to.have.members(Object.keys(therapies));
  });

  it('offers every section of every therapy, plus FAQ and sources, in the default order', async () => {
    const offered = values(await form(), '[name="sections"]');
    for (const therapy of Object.values(therapies)) {
      const ids = therapy.sections.map((s) => s.id);
      expect(offered.filter((id) => ids.includes(id))).to.deep.equal(ids);
    }
    expect(offered.slice(-2)).to.deep.equal(['faq', 'sources']);
  });

  it('offers every comparison aspect, in the default order, under its label', async () => {
    const f = await form();
    expect(values(f, '[name="aspects"]')).to.deep.equal(aspects.map((a) => a.id));
    const titles = [...f.querySelectorAll('[name="aspects"] + span .choice__title')].map((t) => t.textContent);
    expect(titles).to.deep.equal(aspects.map((a) => a.label));
  });

  it('offers every region with urgent-help lines, each of the UK’s nations, and the visitor’s own', async () => {
    expect(values(await form(), '[name="region"] option')).to.have.members([
      '',
      ...Object.keys(helplines),
      ...Object.keys(helplines.GB!.areas!),
    ]);
  });
});
