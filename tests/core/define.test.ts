import { expect, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { PsyElement, VERSION, defineElement } from '../../packages/core/src/index.js';
import { mount } from '../helpers/mount.js';
import { spyWarnings } from '../helpers/warnings.js';

class FirstCopy extends PsyElement {
  protected renderContent() {
    return litHtml`<p>first copy</p>`;
  }
}
class SecondCopy extends PsyElement {
  protected renderContent() {
    return litHtml`<p>second copy</p>`;
  }
}

function captureWarnings(run: () => void): string[] {
  const warnings = spyWarnings();
  try {
    run();
  } finally {
    warnings.restore();
  }
  return warnings.calls;
}

describe('define()', () => {
  it('registers a new tag and renders it', async () => {
    FirstCopy.define('psy-test-define');
    const el = await mount(html`<psy-test-define></psy-test-define>`);
    expect(el.shadowRoot!.textContent).to.contain('first copy');
  });

  it('skips a tag that is already registered by the same version, silently', async () => {
    class Original extends FirstCopy {}
    class Duplicate extends SecondCopy {}
    Original.define('psy-test-same');
    const warnings = captureWarnings(() => Duplicate.define('psy-test-same'));
    expect(warnings).to.deep.equal([]);
    const el = await mount(html`<psy-test-same></psy-test-same>`);
    expect(el.shadowRoot!.textContent).to.contain('first copy');
  });

  it('warns once when another version registered the tag first, and keeps the first one working', async () => {
    class OtherVersion extends HTMLElement {
      static version = '0.0.1-other';
      connectedCallback() {
        this.textContent = 'older copy';
      }
    }
    customElements.define('psy-test-other', OtherVersion);
    const warnings = captureWarnings(() => {
      defineElement('psy-test-other', SecondCopy);
      defineElement('psy-test-other', SecondCopy);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<psy-test-other>').and.contain('0.0.1-other').and.contain(VERSION);
    const el = await mount(html`<psy-test-other></psy-test-other>`);
    expect(el.textContent).to.equal('older copy');
  });

  it('does not throw when a script defines the same elements twice', () => {
    class Twice extends FirstCopy {}
    const warnings = captureWarnings(() => {
      Twice.define('psy-test-twice');
      Twice.define('psy-test-twice');
      // the same class under a second tag is refused by the browser: a warning, not an exception
      Twice.define('psy-test-twice-again');
    });
    expect(customElements.get('psy-test-twice')).to.equal(Twice);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<psy-test-twice-again> could not be registered');
  });
});
