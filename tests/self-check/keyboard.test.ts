import { expect, html } from '@open-wc/testing';
import { $, mount, defaultSet, focusOf, legend } from './helpers.js';
import { focused, press } from '../helpers/keyboard.js';

describe('<psy-self-check> by keyboard alone', () => {
  it('completes the whole flow with Tab, arrows, Enter and Space', async () => {
    const el = await mount(html`<psy-self-check region="GB"></psy-self-check>`);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();

    await press('Tab');
    expect(focused(el)!.textContent!.trim()).to.equal('I need help now');
    await press('Tab');
    expect(focused(el)!.textContent!.trim()).to.equal('Start');
    await press('Enter');
    await el.updateComplete;

    for (const [i, question] of defaultSet.questions.entries()) {
      expect(focusOf(el)).to.equal('span#question');
      expect(legend(el)).to.equal(question.prompt);
      await press('Tab'); // into the radio group
      expect((focused(el) as HTMLInputElement).type).to.equal('radio');
      await press('ArrowDown'); // arrows choose, as native radios do (the second option)
      await el.updateComplete;
      const chosen = focused(el) as HTMLInputElement;
      expect(chosen.checked).to.equal(true);
      expect(chosen.value).to.equal(question.options[1]!.id);
      expect(legend(el)).to.equal(question.prompt); // no auto-advance
      await press('Tab');
      expect(focused(el)!.textContent!.trim()).to.equal('Back');
      await press('Tab');
      expect(focused(el)!.textContent!.trim()).to.equal(i + 1 < defaultSet.questions.length ? 'Next' : 'See my result');
      await press('Enter');
      await el.updateComplete;
    }

    expect(focusOf(el)).to.equal('div#result');
    expect($(el, '#result')!.textContent!.trim()).to.equal('Your answers fit parts of each approach');

    await press('Tab');
    expect(focused(el)!.textContent!.trim()).to.equal('Print or save as PDF');
    await press('Tab');
    expect(focused(el)!.textContent!.trim()).to.equal('Start again');
    await press(' '); // Space
    await el.updateComplete;
    expect($(el, '[part="intro"]')).to.exist;
    before.remove();
  });

  it('opens urgent help with the keyboard', async () => {
    const el = await mount(html`<psy-self-check region="GB"></psy-self-check>`);
    ($(el, '[part="urgent"]') as HTMLButtonElement).focus();
    await press('Enter');
    await el.updateComplete;
    expect($(el, '[part="urgent"]')!.getAttribute('aria-expanded')).to.equal('true');
    await press('Tab');
    const help = $(el, 'psy-help-now')!;
    expect(help.shadowRoot!.activeElement!.textContent).to.equal('Call 999');
  });
});
