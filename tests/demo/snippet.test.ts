// The code a clinic copies, for each widget: exactly what goes into their page.
import { expect } from '@open-wc/testing';
import { defaultConfig, type EmbedConfig } from '../../demo/configurator/config.js';
import { elementHtml, snippetFor } from '../../demo/configurator/snippet.js';

const config = (changes: Partial<EmbedConfig>): EmbedConfig => ({ ...defaultConfig, ...changes });

describe('embed snippet', () => {
  it('writes only the options that differ from the element defaults', () => {
    expect(elementHtml(config({ widget: 'psy-compare' }))).to.equal('<psy-compare></psy-compare>');
    expect(elementHtml(config({ widget: 'psy-compare', highlight: true }))).to.equal(
      '<psy-compare highlight></psy-compare>',
    );
    expect(elementHtml(config({ widget: 'psy-help-now', region: 'AU' }))).to.equal(
      '<psy-help-now region="AU"></psy-help-now>',
    );
    expect(elementHtml(config({ headingLevel: 4, sections: ['faq', 'principles'] }))).to.equal(
      '<psy-explainer therapy="psychodynamic" layout="accordion" sections="faq principles" region="GB" heading-level="4"></psy-explainer>',
    );
  });

  it('gives a self-check that follows the visitor’s colour scheme', () => {
    const lines = snippetFor(config({ widget: 'psy-self-check', scheme: 'light dark', brand: '#1d4e89' })).split('\n');
    expect(lines.slice(2)).to.deep.equal([
      '<style>',
      '  :root {',
      '    --psy-brand: #1d4e89;',
      '  }',
      '  psy-self-check {',
      '    color-scheme: light dark;',
      '  }',
      '</style>',
      '<psy-self-check therapy="psychodynamic" region="GB"></psy-self-check>',
    ]);
  });

  it('escapes attribute values, so a value can never break out of its quotes', () => {
    expect(elementHtml(config({ therapy: 'a"><script>' }))).to.include('therapy="a&quot;>&lt;script>"');
  });
});
