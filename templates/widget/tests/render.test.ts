// <psy-__name__>: what a visitor sees, and what a page that leaves out the heading sees.
import { expect, fixture, html } from '@open-wc/testing';
import type { Psy__Name__ } from '@psy-widgets/__name__';
import '@psy-widgets/__name__';
import { spyWarnings } from '../helpers/warnings.js';

describe('<psy-__name__>', () => {
  it('shows its heading above the page’s text, as a named section', async () => {
    const el = await fixture<Psy__Name__>(
      html`<psy-__name__ heading="Before your first session"><p>What to bring.</p></psy-__name__>`,
    );
    const heading = el.shadowRoot!.querySelector('h2')!;
    expect(heading.textContent).to.equal('Before your first session');
    expect(el.shadowRoot!.querySelector('section')!.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('What to bring.');
    await expect(el).to.be.accessible();
  });

  it('without a heading, says what is missing and warns once in the console', async () => {
    const warnings = spyWarnings();
    try {
      const el = await fixture<Psy__Name__>(html`<psy-__name__></psy-__name__>`);
      expect(el.shadowRoot!.querySelector('[part=problem]')!.textContent).to.include('heading');
      expect(warnings.calls).to.have.length(1);
      expect(warnings.calls[0]).to.include('heading');
    } finally {
      warnings.restore();
    }
  });
});
