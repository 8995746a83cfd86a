import { expect, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { PsyElement, registerStrings, type InputProblem } from '../../packages/core/src/index.js';
import { spyWarnings } from '../helpers/warnings.js';
import { mount } from '../helpers/mount.js';
import { expectNoAxeViolations } from '../helpers/axe.js';

class PickyElement extends PsyElement {
  @property() colour = 'green';
  @property({ type: Boolean }) explode = false;

  protected override validate(): InputProblem[] {
    if (this.explode) throw new Error('content pack is broken');
    return ['green', 'blue'].includes(this.colour)
      ? []
      : [{ name: 'colour', received: this.colour, expected: 'green or blue' }];
  }

  protected renderContent() {
    return litHtml`<p>The colour is ${this.colour}.</p>`;
  }
}
PickyElement.define('psy-test-picky');

describe('bad input', () => {
  let warnings: ReturnType<typeof spyWarnings>;
  beforeEach(() => (warnings = spyWarnings()));
  afterEach(() => warnings.restore());

  it('renders the content when the input is accepted, with no warning', async () => {
    const el = await mount<PickyElement>(html`<psy-test-picky colour="blue"></psy-test-picky>`);
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('The colour is blue.');
    expect(warnings.calls).to.deep.equal([]);
  });

  it('shows a visible message naming the attribute, its value and what is accepted', async () => {
    const el = await mount<PickyElement>(html`<psy-test-picky colour="mauve"></psy-test-picky>`);
    const message = el.shadowRoot!.querySelector('[part="problem"]') as HTMLElement;
    expect(message).to.exist;
    expect(message.getAttribute('role')).to.equal('status');
    expect(message.innerText).to.contain('can’t be shown');
    expect(message.innerText).to.contain('colour="mauve" is not accepted; use green or blue.');
    expect(message.getBoundingClientRect().height).to.be.greaterThan(20);
    await expectNoAxeViolations(el);
  });

  it('warns once in the console, not on every render, and again only when the problem changes', async () => {
    const el = await mount<PickyElement>(html`<psy-test-picky colour="mauve"></psy-test-picky>`);
    el.requestUpdate();
    await el.updateComplete;
    expect(warnings.calls).to.have.length(1);
    expect(warnings.calls[0]).to.contain('<psy-test-picky>').and.contain('colour="mauve"').and.contain('green or blue');
    el.colour = 'teal';
    await el.updateComplete;
    expect(warnings.calls).to.have.length(2);
    el.colour = 'green';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="problem"]')).to.equal(null);
  });

  it('turns an error thrown while checking input into the message instead of a blank element', async () => {
    const el = await mount<PickyElement>(html`<psy-test-picky explode></psy-test-picky>`);
    const message = el.shadowRoot!.querySelector('[part="problem"]') as HTMLElement;
    expect(message.innerText).to.contain('content pack is broken');
    expect(warnings.calls).to.have.length(1);
  });

  it('uses the strings table of the nearest lang', async () => {
    registerStrings('de', { problemTitle: 'Diese Information kann gerade nicht angezeigt werden.' });
    const wrapper = await mount(html`<div lang="de-AT"><psy-test-picky colour="mauve"></psy-test-picky></div>`);
    const el = wrapper.querySelector('psy-test-picky')!;
    await (el as PickyElement).updateComplete;
    expect(el.shadowRoot!.querySelector('.problem-title')!.textContent).to.equal(
      'Diese Information kann gerade nicht angezeigt werden.',
    );
  });
});
