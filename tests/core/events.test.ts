import { expect, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { PsyElement } from '../../packages/core/src/index.js';
import { mount } from '../helpers/mount.js';

class EmittingElement extends PsyElement {
  protected renderContent() {
    return litHtml`<button class="button" @click=${() => this.emit('psy-toggle', { section: 'faq', open: true })}>
      Toggle
    </button>`;
  }
}
EmittingElement.define('psy-test-emitter');

/** An element that nests the emitter inside its own shadow root, as a clinic's component might. */
class OuterShadow extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<psy-test-emitter></psy-test-emitter>';
  }
}
customElements.define('psy-test-outer', OuterShadow);

describe('emit()', () => {
  it('fires a CustomEvent that bubbles out of nested shadow roots to the document', async () => {
    const outer = await mount<OuterShadow>(html`<psy-test-outer></psy-test-outer>`);
    const emitter = outer.shadowRoot!.querySelector('psy-test-emitter') as EmittingElement;
    await emitter.updateComplete;
    const button = emitter.shadowRoot!.querySelector('button')!;
    setTimeout(() => button.click());
    const event = await oneEvent(document, 'psy-toggle');
    expect(event).to.be.instanceOf(CustomEvent);
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ section: 'faq', open: true });
    // retargeted to the outermost host, as a page listener sees it
    expect(event.target).to.equal(outer);
  });
});
