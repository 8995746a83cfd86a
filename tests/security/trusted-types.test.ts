// Runs in a page whose Content Security Policy allows no inline script and requires Trusted Types for every script
// sink, with a page settings block in its HTML (see the
// "trusted-types" group in web-test-runner.config.mjs; it allows the policies lit-html and psy-widgets). The widgets
// must render there without a single violation.
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../packages/psy-widgets/src/index.js';
import { mount } from '../helpers/mount.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) =>
  violations.push(`${event.violatedDirective}: ${event.sample}`),
);

describe('under a strict CSP with Trusted Types', () => {
  it('the page really enforces Trusted Types (so the checks below mean something)', async () => {
    violations.length = 0;
    const div = document.createElement('div');
    expect(() => {
      div.innerHTML = '<b>raw string</b>';
    }).to.throw(TypeError);
    // the report arrives a little later: wait for it, so it cannot land in the next test's list
    await waitUntil(() => violations.length > 0, 'the violation should be reported');
    expect(violations[0]).to.contain('innerHTML');
  });

  const widgets = {
    'psy-explainer': html`<psy-explainer layout="accordion"></psy-explainer>`,
    'psy-compare': html`<psy-compare></psy-compare>`,
    'psy-self-check': html`<psy-self-check region="GB"></psy-self-check>`,
    'psy-help-now': html`<psy-help-now region="GB"></psy-help-now>`,
    'psy-term': html`<p>Some words about <psy-term term="transference">transference</psy-term>.</p>`,
  };

  for (const [tag, template] of Object.entries(widgets)) {
    it(`<${tag}> renders its content with no violation`, async () => {
      violations.length = 0;
      const wrapper = await mount(template);
      const el = (wrapper.localName === tag ? wrapper : wrapper.querySelector(tag))!;
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(el.shadowRoot!.textContent!.trim().length).to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelector('[part="problem"]')).to.equal(null);
      expect(violations).to.deep.equal([]);
    });
  }

  it('reads the page settings block (data that never runs) with no violation: its default region applies', async () => {
    violations.length = 0;
    const el = await mount<HTMLElement & { updateComplete: Promise<unknown> }>(html`<psy-help-now></psy-help-now>`);
    await el.updateComplete;
    // the block says Northern Ireland; without it, this en-GB page would list every UK nation's lines
    expect(el.shadowRoot!.textContent).to.contain('Services in Northern Ireland').and.contain('0808 808 8000');
    expect(el.shadowRoot!.textContent).to.not.contain('Breathing Space');
    expect(el.shadowRoot!.querySelector('[part="problem"]')).to.equal(null);
    expect(violations).to.deep.equal([]);
  });

  it('<psy-explainer structured-data> writes its JSON-LD through the psy-widgets policy, with no violation', async () => {
    violations.length = 0;
    const el = await mount<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<psy-explainer structured-data></psy-explainer>`,
    );
    await el.updateComplete;
    const script = el.querySelector('script[type="application/ld+json"]');
    expect(script, 'the JSON-LD script').to.exist;
    expect(JSON.stringify(JSON.parse(script!.textContent!))).to.contain('MedicalWebPage');
    expect(violations).to.deep.equal([]);
  });
});
