import { expect } from '@open-wc/testing';
import type { PartialContentPack } from '../../packages/content/src/index.js';
import { $, mount, shown, text } from './helpers.js';

describe('<psy-explainer> urgent help', () => {
  it('has a calm "If you need help now" button, collapsed, on by default in every layout', async () => {
    for (const layout of ['full', 'accordion', 'summary']) {
      const el = await mount({ layout });
      const button = $(el, '[part=help-link]')!;
      expect(text(button)).to.equal('If you need help now');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, 'psy-help-now')).to.equal(null);
    }
  });

  it('opens <psy-help-now> for the region given, and closes it again', async () => {
    const el = await mount({ region: 'GB' });
    const button = $(el, '[part=help-link]')!;
    button.click();
    await el.updateComplete;
    const help = $(el, 'psy-help-now') as HTMLElement & { updateComplete: Promise<unknown> };
    await help.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.getAttribute('aria-controls')).to.equal(help.parentElement!.id);
    expect(shown(help)).to.be.true;
    expect(text(help.shadowRoot!.querySelector('[part=emergency]'))).to.contain('999');
    button.click();
    await el.updateComplete;
    expect(shown($(el, '#help'))).to.be.false;
  });

  it('passes a clinic’s own helplines to the panel', async () => {
    const content: PartialContentPack = {
      helpFallback: { emergency: 'Example clinic text: call your local emergency number.', advice: 'Example advice.' },
    };
    const el = await mount({ region: 'FR' }, { content });
    $(el, '[part=help-link]')!.click();
    await el.updateComplete;
    const help = $(el, 'psy-help-now') as HTMLElement & { updateComplete: Promise<unknown> };
    await help.updateComplete;
    expect(text(help.shadowRoot!.querySelector('[part=emergency]'))).to.equal(
      'Example clinic text: call your local emergency number.',
    );
  });

  it('keeps showing the clinic’s own lines while the explainer renders again', async () => {
    const content: PartialContentPack = {
      helpFallback: { emergency: 'Example clinic text: call your local emergency number.', advice: 'Example advice.' },
    };
    const el = await mount({ region: 'FR', layout: 'accordion' }, { content });
    $(el, '[part=help-link]')!.click();
    await el.updateComplete;
    const help = $(el, 'psy-help-now') as HTMLElement & { updateComplete: Promise<unknown> };
    await help.updateComplete;
    // every text the emergency line shows from here on, as a visitor would see it change
    const seen: string[] = [];
    const watch = new MutationObserver(() => seen.push(text(help.shadowRoot!.querySelector('[part=emergency]'))));
    watch.observe(help.shadowRoot!, { subtree: true, childList: true, characterData: true });
    $(el, '[part=toggle]')!.click(); // opens a section: the explainer renders again, the panel stays open
    await el.updateComplete;
    await help.updateComplete;
    watch.disconnect();
    expect(seen.every((shownText) => shownText === 'Example clinic text: call your local emergency number.')).to.equal(
      true,
      seen.join(' | '),
    );
    expect(text(help.shadowRoot!.querySelector('[part=emergency]'))).to.equal(
      'Example clinic text: call your local emergency number.',
    );
  });

  it('no-help-link leaves it out', async () => {
    const el = await mount({ 'no-help-link': true });
    expect($(el, '[part=help-link]')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('article'))).to.not.contain('If you need help now');
  });
});
