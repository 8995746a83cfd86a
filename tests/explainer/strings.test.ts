// Each element carries only its own English words; a translation still reaches every one of them, and a word it
// leaves out falls back to English rather than going blank.
import { expect } from '@open-wc/testing';
import { registerStrings } from '../../packages/core/src/index.js';
import { $, mount, text } from './helpers.js';

describe('<psy-explainer> strings', () => {
  it('shows a translation for its own words and English for the words the translation leaves out', async () => {
    registerStrings('de', { explainerFaq: 'Häufige Fragen', helpNowTitle: 'Hilfe sofort' });
    const el = await mount({ lang: 'de-AT', sections: 'faq sources' });
    const headings = [...el.shadowRoot!.querySelectorAll('.h')].map(text);
    expect(headings).to.deep.equal(['Häufige Fragen', 'Sources']);
    expect(text($(el, '[part=help-link]'))).to.equal('If you need help now');
    expect(text($(el, '[part=review]'))).to.contain('Last reviewed');
  });

  it('in English, shows no placeholder or missing word', async () => {
    const el = await mount({ sections: 'faq' });
    expect(el.shadowRoot!.textContent).not.to.match(/\{\w+\}|undefined/);
    expect(text($(el, '.h'))).to.equal('Questions people often ask');
  });
});
