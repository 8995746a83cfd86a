// The embed configurator as a clinic's web person uses it: options change the live widget and the code together.
import { expect } from '@open-wc/testing';
import 'psy-widgets';
import { choose, mountConfigurator, type, type Configurator } from './mount.js';
import { press } from '../helpers/keyboard.js';
import { expectNoAxeViolations } from '../helpers/axe.js';

describe('embed configurator', () => {
  let c: Configurator;
  beforeEach(async () => {
    c = await mountConfigurator();
  });
  afterEach(() => {
    document.getElementById('psy-widgets-settings')?.remove();
  });

  const lastLine = () => c.snippet.value.split('\n').at(-1);

  it('starts with the explainer, live in the preview and in the code', async () => {
    const widget = c.widget();
    await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(widget.localName).to.equal('psy-explainer');
    expect(customElements.get('psy-explainer')).to.exist;
    expect(widget.shadowRoot?.textContent?.trim()).to.not.equal('');
    expect(lastLine()).to.equal('<psy-explainer therapy="psychodynamic" layout="accordion"></psy-explainer>');
  });

  it('says which release the code pins, and how to move to a newer one', () => {
    const note = c.root.querySelector('#cfg-version')!.textContent!;
    expect(note).to.include('psy-widgets 0.1.0, its first release (not yet published)');
    expect(note).to.include('change the number');
    expect(note).to.include('major version');
  });

  it('gives the exact stylesheet and script tags from jsDelivr, pinned to a release, then the CSS, then the element', () => {
    expect(c.snippet.value).to.equal(
      [
        '<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/psy-widgets@0.1.0/cdn/psy-widgets.css" />',
        '<script type="module" src="https://cdn.jsdelivr.net/npm/psy-widgets@0.1.0/cdn/psy-widgets.js"></script>',
        '<style>',
        '  :root {',
        '    --psy-brand: #2f6f6a;',
        '  }',
        '</style>',
        '<psy-explainer therapy="psychodynamic" layout="accordion"></psy-explainer>',
      ].join('\n'),
    );
  });

  it('swaps to the comparison by keyboard and shows only its options', async () => {
    c.control('widget', 'psy-explainer').focus();
    await press('ArrowDown');
    expect(c.control('widget', 'psy-compare').checked).to.be.true;
    expect(c.widget().localName).to.equal('psy-compare');
    expect(lastLine()).to.equal('<psy-compare></psy-compare>');
    expect(c.snippet.value).to.include('--psy-brand: #2f6f6a;');
    expect(c.control('layout', 'full').checkVisibility()).to.be.false;
    expect(c.control('aspects', 'focus').checkVisibility()).to.be.true;
  });

  it('applies layout and heading level to the live explainer and the code', () => {
    c.control('layout', 'summary').click();
    choose(c.control('heading-level'), '3');
    expect(c.widget().getAttribute('layout')).to.equal('summary');
    expect(c.widget().getAttribute('heading-level')).to.equal('3');
    expect(lastLine()).to.equal(
      '<psy-explainer therapy="psychodynamic" layout="summary" heading-level="3"></psy-explainer>',
    );
  });

  it('links the summary layout\'s "Read more" to the clinic\'s page', () => {
    c.control('layout', 'summary').click();
    type(c.control('more-href'), '/our-approach');
    expect(c.widget().getAttribute('more-href')).to.equal('/our-approach');
    expect(lastLine()).to.include('layout="summary" more-href="/our-approach"');
    c.control('layout', 'full').click();
    expect(lastLine()).to.equal('<psy-explainer therapy="psychodynamic"></psy-explainer>');
  });

  it('lists the ticked sections in order', () => {
    for (const id of [
      'principles',
      'techniques',
      'variants',
      'differences',
      'alongside-other-help',
      'faq',
      'sources',
    ]) {
      c.control('sections', id).click();
    }
    const sections = 'helps-with who-it-suits sessions duration';
    expect(c.widget().getAttribute('sections')).to.equal(sections);
    expect(lastLine()).to.include(`sections="${sections}"`);
  });

  it('offers the sections of the chosen therapy, under its titles', () => {
    const title = (id: string) => c.control('sections', id).closest('label')!.textContent;
    choose(c.control('therapy'), 'cbt');
    // CBT's text has every section psychodynamic therapy's has, under titles of its own
    const variants = c.control('sections', 'variants');
    expect(variants.checkVisibility()).to.be.true;
    expect(variants.disabled).to.be.false;
    expect(title('variants')).to.include('Types of CBT');
    expect(title('differences')).to.include('How it differs from psychodynamic therapy');
    expect(lastLine()).to.equal('<psy-explainer therapy="cbt" layout="accordion"></psy-explainer>');
    choose(c.control('therapy'), 'psychodynamic');
    expect(title('variants')).to.include('Types of psychodynamic therapy');
  });

  it('follows the page’s colour scheme until one is chosen', () => {
    expect(c.control('scheme', 'auto').checked).to.be.true;
    expect(c.control('scheme', 'auto').labels![0]!.textContent!.trim()).to.equal('The same as my website');
    expect(c.snippet.value).to.not.include('color-scheme');
    c.root.style.colorScheme = 'dark'; // the page around the preview turns dark
    expect(getComputedStyle(c.widget()).colorScheme).to.equal('dark');
    c.control('scheme', 'light').click();
    expect(getComputedStyle(c.widget()).colorScheme).to.equal('light');
    expect(c.snippet.value).to.include('  psy-explainer {\n    color-scheme: light;\n  }');
    c.control('scheme', 'auto').click();
    expect(getComputedStyle(c.widget()).colorScheme).to.equal('dark');
    expect(c.snippet.value).to.not.include('color-scheme');
  });

  it('recolours the preview and writes the brand and a dark scheme into the CSS', () => {
    const picker = c.control('brand');
    picker.value = '#5b3f8c';
    picker.dispatchEvent(new Event('input', { bubbles: true }));
    c.control('scheme', 'dark').click();
    expect(c.snippet.value).to.include('  :root {\n    --psy-brand: #5b3f8c;\n  }');
    expect(c.snippet.value).to.include('  psy-explainer {\n    color-scheme: dark;\n  }');
    expect(getComputedStyle(c.widget()).getPropertyValue('--psy-brand').trim()).to.equal('#5b3f8c');
    expect(getComputedStyle(c.widget()).colorScheme).to.equal('dark');
    expect(c.root.querySelector<HTMLInputElement>('#cfg-brand-hex')!.value).to.equal('#5b3f8c');
  });

  it('takes a typed hex code, and says so when it is not one', () => {
    const hex = c.root.querySelector<HTMLInputElement>('#cfg-brand-hex')!;
    type(hex, '#B5473A');
    expect(c.control('brand').value).to.equal('#b5473a');
    expect(c.snippet.value).to.include('--psy-brand: #b5473a;');
    type(hex, 'teal');
    expect(hex.getAttribute('aria-invalid')).to.equal('true');
    expect(c.root.querySelector<HTMLElement>('#cfg-brand-error')!.checkVisibility()).to.be.true;
    expect(c.snippet.value).to.include('--psy-brand: #b5473a;');
  });

  it('sets the column order and aspects of the comparison', () => {
    c.control('widget', 'psy-compare').click();
    c.control('therapies', 'psychodynamic cbt').click();
    for (const id of ['length', 'techniques', 'used-for', 'evidence', 'first-sessions']) {
      c.control('aspects', id).click();
    }
    const aspects = 'focus time-orientation structure therapist-role';
    expect(c.widget().getAttribute('therapies')).to.equal('psychodynamic cbt');
    c.control('highlight').click();
    expect(c.widget().hasAttribute('highlight')).to.be.true;
    expect(lastLine()).to.equal(
      `<psy-compare therapies="psychodynamic cbt" aspects="${aspects}" highlight></psy-compare>`,
    );
  });

  it('writes the urgent-help region as the page-wide setting, read by the live self-check too', async () => {
    c.control('widget', 'psy-self-check').click();
    choose(c.control('region'), 'GB-SCT');
    expect(c.widget().localName).to.equal('psy-self-check');
    expect(c.widget().hasAttribute('region')).to.be.false;
    // the settings block, then the element with its no-script fallback: the nation's emergency and main line
    expect(c.snippet.value.split('\n').slice(-5)).to.deep.equal([
      '<script type="application/json" id="psy-widgets-settings">{"region":"GB-SCT"}</script>',
      '<psy-self-check therapy="psychodynamic">',
      '  <p>Call 999 or go to A&amp;E if a life is at risk: <a href="tel:999">999</a>.</p>',
      '  <p>NHS 24: <a href="tel:111">111</a>.</p>',
      '</psy-self-check>',
    ]);
    expect(document.getElementById('psy-widgets-settings')!.textContent).to.equal('{"region":"GB-SCT"}');
    choose(c.control('region'), '');
    expect(c.snippet.value).to.not.contain('psy-widgets-settings');
    expect(document.getElementById('psy-widgets-settings')).to.equal(null);
  });

  it('offers the clinic’s reviewer for the explainer: the footer names them once name, role and date are given', async () => {
    type(c.control('reviewer-name'), 'Dr Ann Example');
    type(c.control('reviewer-role'), 'Clinical psychologist');
    expect(c.snippet.value).to.not.contain('reviewer'); // no date yet: nothing half-said
    type(c.control('reviewer-body'), 'HCPC');
    const date = c.control('reviewed-on');
    date.value = '2026-12-01'; // as a date picker sets it
    date.dispatchEvent(new Event('change', { bubbles: true }));
    expect(c.snippet.value.split('\n').at(-2)).to.equal(
      '<script type="application/json" id="psy-widgets-settings">{"reviewer":{"name":"Dr Ann Example","role":"Clinical psychologist","registrationBody":"HCPC","reviewedOn":"2026-12-01"}}</script>',
    );
    const widget = c.widget() as HTMLElement & { updateComplete: Promise<unknown> };
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('[part="review"]')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Reviewed for this practice by Dr Ann Example, Clinical psychologist, registered with HCPC on 1 December 2026.',
    );
  });

  it('links the explainer’s no-script fallback to the clinic’s own page, once it has one', () => {
    expect(lastLine()).to.equal('<psy-explainer therapy="psychodynamic" layout="accordion"></psy-explainer>');
    type(c.control('fallback-href'), '/our-approach');
    expect(c.snippet.value.split('\n').slice(-3)).to.deep.equal([
      '<psy-explainer therapy="psychodynamic" layout="accordion">',
      '  <p><a href="/our-approach">Read about psychodynamic therapy on our website</a></p>',
      '</psy-explainer>',
    ]);
  });

  // one axe run per test: three in one test outgrew the test timeout in WebKit on a busy machine
  it('has no axe violations in the form', async () => {
    await expectNoAxeViolations(c.form);
  });

  it('has no axe violations in the form with the comparison’s options', async () => {
    c.control('widget', 'psy-compare').click();
    await expectNoAxeViolations(c.form);
  });

  it('has no axe violations in the code section', async () => {
    await expectNoAxeViolations(c.root.querySelector('section[aria-labelledby="code-title"]')!);
  });
});
