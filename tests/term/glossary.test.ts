import { expect, html } from '@open-wc/testing';
import type { GlossaryEntry } from '../../packages/content/src/index.js';
import { mount, popover, spyWarnings, trigger } from './helpers.js';

const clinicGlossary: Record<string, GlossaryEntry> = {
  containment: {
    id: 'containment',
    term: 'Containment',
    definition: 'Example clinic text: how a therapist helps you hold difficult feelings.',
    sources: [],
  },
};

describe('<psy-term> glossary', () => {
  let warnings: ReturnType<typeof spyWarnings>;
  beforeEach(() => (warnings = spyWarnings()));
  afterEach(() => warnings.restore());

  it('works in a clinic’s own copy with the default glossary, and warns about nothing', async () => {
    const { terms } = await mount(html`<p>We work with <psy-term term="transference">transference</psy-term>.</p>`);
    expect(popover(terms[0]!).textContent!.trim()).to.match(/^[A-Z].+\.$/);
    expect(warnings.calls).to.deep.equal([]);
  });

  it('takes extra terms from .glossary, keeping the default ones', async () => {
    const { terms } = await mount(
      html`<p>
        <psy-term term="containment" .glossary=${clinicGlossary}>containment</psy-term> and
        <psy-term term="unconscious" .glossary=${clinicGlossary}>unconscious</psy-term>
      </p>`,
    );
    expect(popover(terms[0]!).textContent!.trim()).to.equal(clinicGlossary.containment!.definition);
    expect(popover(terms[1]!).textContent).to.contain('not aware of');
  });

  it('shows the glossary’s own name when the element is left empty', async () => {
    const { terms } = await mount(html`<p><psy-term term="free-association"></psy-term></p>`);
    expect(trigger(terms[0]!).textContent!.trim()).to.equal('Free association');
  });

  it('an unknown term keeps its words, plainly, and warns once naming it and the accepted ids', async () => {
    const { root, terms } = await mount(html`<p>We notice <psy-term term="transferance">transference</psy-term>.</p>`);
    const term = terms[0]!;
    expect(root.querySelector('p')!.innerText).to.equal('We notice transference.');
    expect(term.getClientRects().length).to.be.greaterThan(0);
    expect(term.shadowRoot!.querySelector('button')).to.equal(null);
    expect(term.shadowRoot!.querySelector('[part=problem]')).to.equal(null);
    term.requestUpdate();
    await term.updateComplete;
    expect(warnings.calls).to.have.length(1);
    expect(warnings.calls[0]).to.contain('term="transferance"');
    expect(warnings.calls[0]).to.contain('transference, free-association');
  });
});
