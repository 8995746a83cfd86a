import { expect, html } from '@open-wc/testing';
import { expectNoAxeViolations, type Scheme } from '../helpers/axe.js';
import { mount as mountPage } from '../helpers/mount.js';
import type { PsyHelpNow } from '../../packages/core/src/index.js';
import { $, choose, click, defaultSet, type PsySelfCheck } from './helpers.js';

const last = defaultSet.questions.length - 1;

/** Every screen a visitor can reach, as a name and the steps that bring a fresh self-check to it. */
const screens: [string, (el: PsySelfCheck) => Promise<void>][] = [
  ['the intro', async () => {}],
  [
    'the missing-answer message',
    async (el) => {
      await click(el, 'Start');
      await click(el, 'Next');
      expect($(el, '[part="error"]')).to.exist;
    },
  ],
  ...defaultSet.questions.map(
    (question, step) =>
      [
        `question ${step + 1}${question.options.some((o) => o.crisis) ? ', its crisis answer chosen' : ''}`,
        async (el: PsySelfCheck) => {
          await answerUpTo(el, step);
          await choose(el, (question.options.find((o) => o.crisis) ?? question.options[0]!).id);
          expect($(el, 'legend')!.textContent).to.equal(question.prompt);
        },
      ] as [string, (el: PsySelfCheck) => Promise<void>],
  ),
  [
    'the result, with its CTA',
    async (el) => {
      await answerUpTo(el, last + 1);
      expect($(el, 'slot[name="cta"]')).to.exist;
    },
  ],
  [
    'the urgent-help panel on the result',
    async (el) => {
      await answerUpTo(el, last + 1);
      await click(el, 'I need help now');
      expect($(el, '[part="help"] psy-help-now')).to.exist;
    },
  ],
  [
    'the urgent-help screen after a crisis answer',
    async (el) => {
      await answerUpTo(el, last);
      await choose(el, defaultSet.questions[last]!.options.find((o) => o.crisis)!.id);
      await click(el, 'See my result');
      expect($(el, '[part="crisis"] psy-help-now')).to.exist;
    },
  ],
  [
    'the urgent-help panel on the intro',
    async (el) => {
      await click(el, 'I need help now');
    },
  ],
];

async function answerUpTo(el: PsySelfCheck, step: number): Promise<void> {
  await click(el, 'Start');
  for (let i = 0; i < step; i++) {
    await choose(el, defaultSet.questions[i]!.options[0]!.id);
    await click(el, i < last ? 'Next' : 'See my result');
  }
}

/**
 * Axe on every screen of the self-check in one colour scheme. The screens stand side by side on one page and axe
 * checks them in one run per group: each run in Firefox costs seconds when its tab is in the background.
 */
export function axeSuite(scheme: Scheme): void {
  describe(`<psy-self-check> axe, ${scheme}`, function () {
    this.timeout(60000);

    // the urgent-help panels go in a group of their own: two "Help now" regions on one page would be one too many
    const groups = [
      screens.filter(([name]) => !name.startsWith('the urgent')),
      ...screens.filter(([name]) => name.startsWith('the urgent')).map((s) => [s]),
    ];

    for (const group of groups) {
      it(group.map(([name]) => name).join('; '), async () => {
        const page = await mountPage(
          html`<div style="color-scheme: ${scheme}; background: ${scheme === 'dark' ? '#000' : '#fff'}">
            ${group.map(
              () =>
                html`<psy-self-check region="GB"><a slot="cta" href="#book">Book a consultation</a></psy-self-check>`,
            )}
          </div>`,
        );
        const checks = [...page.querySelectorAll('psy-self-check')];
        for (const [i, [, reach]] of group.entries()) {
          const el = checks[i]!;
          await el.updateComplete;
          await reach(el);
          for (const help of el.shadowRoot!.querySelectorAll<PsyHelpNow>('psy-help-now')) await help.updateComplete;
        }
        if (scheme === 'dark') expect(getComputedStyle(checks[0]!).backgroundColor).to.not.equal('rgb(255, 255, 255)');
        await expectNoAxeViolations(page, scheme);
      });
    }
  });
}
