import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { $, answerAll, mount, click, towardsPsychodynamic, mixedAnswers } from './helpers.js';
import type { PsyHelpNow } from '../../packages/core/src/index.js';

const shown = (el: HTMLElement | null) => !!el && el.getBoundingClientRect().height > 0;

describe('<psy-self-check> printed', () => {
  let emulated = false;
  afterEach(async () => {
    if (emulated) await emulateMedia({ media: 'screen' });
    emulated = false;
  });

  // Chromium only: Firefox's WebDriver BiDi cannot emulate print media here, so the test is skipped there
  it('prints the result as a summary: no buttons, no help panel, no CTA', async function () {
    const el = await mount(html`<psy-self-check region="GB"><a slot="cta" href="#b">Book</a></psy-self-check>`);
    await answerAll(el, mixedAnswers);
    await click(el, 'I need help now');
    expect(shown($(el, '[part="help"]'))).to.equal(true);
    expect(shown($(el, '[part="actions"]'))).to.equal(true);

    try {
      await emulateMedia({ media: 'print' });
      emulated = true;
    } catch {
      this.skip();
    }
    expect(matchMedia('print').matches).to.equal(true);
    for (const part of ['urgent', 'help', 'actions']) expect(shown($(el, `[part="${part}"]`)), part).to.equal(false);
    for (const part of ['header', 'reasons', 'note']) expect(shown($(el, `[part="${part}"]`)), part).to.equal(true);
    expect(shown($(el, '#result'))).to.equal(true);
    expect(getComputedStyle(el).fontSize).to.equal('14px'); // 10.5pt: one page
  });

  it('prints the help screen after a crisis answer with its helplines, without its buttons', async function () {
    const el = await mount(html`<psy-self-check region="GB"></psy-self-check>`);
    await answerAll(el, [...towardsPsychodynamic.slice(0, -1), 'crisis']);
    const help = $(el, '[part="crisis"] psy-help-now') as PsyHelpNow;
    await help.updateComplete;
    try {
      await emulateMedia({ media: 'print' });
      emulated = true;
    } catch {
      this.skip();
    }
    expect(shown($(el, '[part="crisis"]'))).to.equal(true);
    expect(shown(help)).to.equal(true);
    expect(help.shadowRoot!.textContent).to.contain('116 123');
    expect(shown($(el, '[part="crisis"] [part="actions"]'))).to.equal(false);
  });
});
