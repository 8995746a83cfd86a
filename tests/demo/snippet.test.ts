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
    // the region is a page-wide setting, not an attribute
    expect(elementHtml(config({ widget: 'psy-help-now', region: 'AU' }))).to.equal('<psy-help-now></psy-help-now>');
    expect(elementHtml(config({ headingLevel: 4, sections: ['faq', 'principles'] }))).to.equal(
      '<psy-explainer therapy="psychodynamic" layout="accordion" sections="faq principles" heading-level="4"></psy-explainer>',
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
      '<psy-self-check therapy="psychodynamic">',
      '  <p>If a life is at risk, call your local emergency number now.</p>',
      '</psy-self-check>',
    ]);
  });

  describe('no-script fallback, inside the element', () => {
    const fallback = (changes: Partial<EmbedConfig>) => {
      const lines = snippetFor(config(changes)).split('\n');
      return lines.slice(lines.findIndex((line) => line.startsWith('<psy-')));
    };

    for (const [region, emergency, line] of [
      ['GB', '999', '116123'],
      ['GB-SCT', '999', '111'],
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

    it('says to call the local emergency number for a region the content has no lines for, or none chosen', () => {
      for (const region of ['FR', '']) {
        expect(fallback({ widget: 'psy-help-now', region })).to.deep.equal([
          '<psy-help-now>',
          '  <p>If a life is at risk, call your local emergency number now.</p>',
          '</psy-help-now>',
        ]);
      }
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

  it('puts the page-wide settings in a JSON block before the element, only those the widget uses', () => {
    const reviewer = { reviewerName: 'Dr A', reviewerRole: 'Psychotherapist', reviewedOn: '2026-12-01' };
    const lines = snippetFor(config({ widget: 'psy-help-now', region: 'GB-NIR', ...reviewer })).split('\n');
    const element = lines.findIndex((line) => line.startsWith('<psy-help-now'));
    expect(lines[element - 1]).to.equal(
      '<script type="application/json" id="psy-widgets-settings">{"region":"GB-NIR"}</script>',
    );
    expect(snippetFor(config({ widget: 'psy-compare', region: 'GB-NIR' }))).to.not.contain('psy-widgets-settings');
    expect(snippetFor(config({ ...reviewer, reviewedOn: '' }))).to.not.contain('psy-widgets-settings');
  });

  it('escapes < in the settings, so a value can never close the block', () => {
    const snippet = snippetFor(
      config({ reviewerName: '</script><script>alert(1)</script>', reviewerRole: 'x', reviewedOn: '2026-12-01' }),
    );
    expect(snippet).to.not.contain('</script><script>alert');
    const json = snippet
      .split('\n')
      .at(-2)!
      .replace(/^<script[^>]*>/, '')
      .replace(/<\/script>$/, '');
    expect(JSON.parse(json).reviewer.name).to.equal('</script><script>alert(1)</script>');
  });

  it('escapes attribute values, so a value can never break out of its quotes', () => {
    expect(elementHtml(config({ therapy: 'a"><script>' }))).to.include('therapy="a&quot;>&lt;script>"');
  });
});
