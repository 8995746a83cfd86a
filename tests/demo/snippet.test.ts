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
      '<psy-self-check therapy="psychodynamic" region="GB">',
      '  <p>Call 999 or go to A&amp;E if a life is at risk: <a href="tel:999">999</a>.</p>',
      '  <p>NHS 111, mental health option, 24 hours a day, every day: <a href="tel:111">111, then choose the mental health option (option 2)</a>.</p>',
      '</psy-self-check>',
    ]);
  });

  describe('no-script fallback, inside the element', () => {
    const fallback = (changes: Partial<EmbedConfig>) => {
      const lines = snippetFor(config(changes)).split('\n');
      return lines.slice(lines.findIndex((line) => line.startsWith('<psy-')));
    };

    for (const [region, emergency, line] of [
      ['GB', '999', '111'],
      ['US', '911', '988'],
      ['AU', '000', '131114'],
    ] as const) {
      it(`gives the ${region} emergency number and main helpline, as words and tel: links, in the self-check and help panel`, () => {
        for (const widget of ['psy-self-check', 'psy-help-now'] as const) {
          const html = fallback({ widget, region }).join('\n');
          expect(html).to.include(`<a href="tel:${emergency}">${emergency}</a>`);
          expect(html).to.include(`<a href="tel:${line}">`);
          expect(html).to.match(new RegExp(`</${widget}>$`));
        }
      });
    }

    it('says to call the local emergency number for a region the content has no lines for', () => {
      expect(fallback({ widget: 'psy-help-now', region: 'NZ' })).to.deep.equal([
        '<psy-help-now region="NZ">',
        '  <p>If a life is at risk, call your local emergency number now.</p>',
        '</psy-help-now>',
      ]);
    });

    it('links the comparison to the clinic’s page, naming the approaches in their order', () => {
      expect(
        fallback({ widget: 'psy-compare', therapies: 'psychodynamic cbt', fallbackHref: '/compare' }),
      ).to.deep.equal([
        '<psy-compare therapies="psychodynamic cbt">',
        '  <p><a href="/compare">How psychodynamic therapy and cognitive behavioural therapy (CBT) compare, on our website</a></p>',
        '</psy-compare>',
      ]);
    });

    it('adds nothing to the explainer or comparison without a page to link to, and escapes the address', () => {
      expect(fallback({ widget: 'psy-compare' })).to.deep.equal(['<psy-compare></psy-compare>']);
      expect(fallback({ fallbackHref: '/a"><script>' })[1]).to.include('href="/a&quot;&gt;&lt;script&gt;"');
    });
  });

  it('escapes attribute values, so a value can never break out of its quotes', () => {
    expect(elementHtml(config({ therapy: 'a"><script>' }))).to.include('therapy="a&quot;>&lt;script>"');
  });
});
