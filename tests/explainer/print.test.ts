import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { isChromium } from '../helpers/browser.js';
import { $, $$, mount, shown } from './helpers.js';

/**
 * Puts the print styles in force: by emulating print media where the browser driver can (Chromium), else (Firefox
 * through WebDriver BiDi and WebKit through classic WebDriver cannot) by adopting the element's own `@media print`
 * rules as screen rules.
 */
async function printing(el: HTMLElement): Promise<void> {
  if (matchMedia('print').matches) return;
  expect(isChromium, 'Chromium emulates print media').to.equal(false);
  const root = el.shadowRoot!;
  const rules = root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
    .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
  expect(rules.length).to.be.greaterThan(3);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

describe('<psy-explainer> print', () => {
  const canEmulate = isChromium;
  before(() => canEmulate && emulateMedia({ media: 'print' }));
  after(() => canEmulate && emulateMedia({ media: 'screen' }));

  for (const layout of ['full', 'accordion', 'summary']) {
    it(`${layout}: every section and its sources printed; buttons left out`, async () => {
      const el = await mount({ layout, region: 'GB' });
      await printing(el);
      const sections = $$(el, 'section');
      expect(sections.length).to.be.greaterThan(5);
      for (const section of sections) {
        expect(shown(section.querySelector('.panel')), section.id).to.be.true;
        const sources = section.querySelector('.section-sources');
        if (sources) expect(shown(sources), `${section.id} sources`).to.be.true;
      }
      expect(shown($(el, '#psy-sources [part=sources]'))).to.be.true;
      for (const control of $$(el, '[part=sources-toggle], [part=help-link], [part=read-more]')) {
        expect(shown(control), control.getAttribute('part')!).to.be.false;
      }
      // section titles stay, as plain headings
      for (const toggle of $$(el, '[part=toggle]')) expect(shown(toggle)).to.be.true;
    });
  }
});
