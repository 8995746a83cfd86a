import { expect, html } from '@open-wc/testing';
import type { PsyHelpNow } from '../../packages/core/src/index.js';
import { $, checkFixture, choose, click, defaultSet, type PsySelfCheck } from './helpers.js';

const schemes = ['light', 'dark'] as const;
const last = defaultSet.questions.length - 1;

async function mount(scheme: (typeof schemes)[number]): Promise<PsySelfCheck> {
  const wrapper = await checkFixture(
    html`<div style="color-scheme: ${scheme}; background: ${scheme === 'dark' ? '#000' : '#fff'}">
      <psy-self-check region="GB"><a slot="cta" href="#book">Book a consultation</a></psy-self-check>
    </div>`,
  );
  const el = wrapper.querySelector('psy-self-check')!;
  await el.updateComplete;
  if (scheme === 'dark') expect(getComputedStyle(el).backgroundColor).to.not.equal('rgb(255, 255, 255)');
  return el;
}

/** Answers up to question `step` (0-based), choosing the crisis answer where there is one, so its help shows. */
async function goTo(el: PsySelfCheck, step: number): Promise<void> {
  await click(el, 'Start');
  for (let i = 0; i < step; i++) {
    await choose(el, defaultSet.questions[i]!.options[0]!.id);
    await click(el, i < last ? 'Next' : 'See my result');
  }
  const question = defaultSet.questions[step];
  if (question) await choose(el, (question.options.find((o) => o.crisis) ?? question.options[0]!).id);
  for (const help of el.shadowRoot!.querySelectorAll<PsyHelpNow>('psy-help-now')) await help.updateComplete;
}

for (const scheme of schemes) {
  describe(`<psy-self-check> axe, ${scheme}`, () => {
    it('the intro', async () => {
      await expect(await mount(scheme)).to.be.accessible();
    });

    it('the missing-answer message', async () => {
      const el = await mount(scheme);
      await click(el, 'Start');
      await click(el, 'Next');
      expect($(el, '[part="error"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    for (let step = 0; step <= last; step++) {
      it(`question ${step + 1}${defaultSet.questions[step]!.options.some((o) => o.crisis) ? ', with crisis help' : ''}`, async () => {
        const el = await mount(scheme);
        await goTo(el, step);
        expect($(el, 'legend')!.textContent).to.equal(defaultSet.questions[step]!.prompt);
        await expect(el).to.be.accessible();
      });
    }

    it('the result, with its CTA', async () => {
      const el = await mount(scheme);
      await goTo(el, last + 1);
      expect($(el, '#result')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('the urgent-help panel, on the intro and on the result', async () => {
      const el = await mount(scheme);
      await click(el, 'I need help now');
      await ($(el, 'psy-help-now') as PsyHelpNow).updateComplete;
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="start"]')!.click();
      await el.updateComplete;
      for (let i = 0; i <= last; i++) {
        await choose(el, defaultSet.questions[i]!.options[0]!.id);
        await click(el, i < last ? 'Next' : 'See my result');
      }
      expect($(el, '[part="help"] psy-help-now')).to.exist;
      await expect(el).to.be.accessible();
    });
  });
}
