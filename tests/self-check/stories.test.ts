// Every story of <psy-self-check> and <psy-help-now> renders what it says, and passes axe, as Storybook's a11y check
// would demand.
import { expect, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { mount } from '../helpers/mount.js';
import { spyWarnings } from '../helpers/warnings.js';
import * as helpNowStories from '../../stories/psy-help-now.stories.js';
import * as selfCheckStories from '../../stories/psy-self-check.stories.js';
import { expectNoAxeViolations } from '../helpers/axe.js';

type AnyStory = {
  args?: Record<string, unknown>;
  globals?: { scheme?: string };
  render?: (args: never, context: never) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void> | void;
};
type AnyMeta = { args: Record<string, unknown>; render: (args: never, context: never) => TemplateResult };

async function show(meta: AnyMeta, story: AnyStory): Promise<HTMLElement> {
  const canvas = await mount<HTMLElement>(
    html`<div style="color-scheme: ${story.globals?.scheme === 'dark' ? 'dark' : 'light'}"></div>`,
  );
  const args = { ...meta.args, ...story.args } as never;
  render((story.render ?? meta.render)(args, { args } as never), canvas);
  const widget = canvas.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(
    'psy-self-check, psy-help-now',
  )!;
  await widget.updateComplete;
  await story.play?.({ canvasElement: canvas });
  for (const help of [widget, ...(widget.shadowRoot?.querySelectorAll('psy-help-now') ?? [])] as (typeof widget)[])
    await help.updateComplete;
  return widget;
}

const text = (el: HTMLElement) => (el.shadowRoot!.firstElementChild as HTMLElement | null)?.innerText ?? '';

const expected: Record<string, string> = {
  Intro: 'takes about two minutes',
  QuestionStep: 'Question 2 of 7',
  MissingAnswer: 'Choose an answer to this question to go on.',
  CloserToPsychodynamic: 'Your answers line up more with how psychodynamic therapy usually works',
  CbtFraming: 'Might CBT suit me?',
  MixedResult: 'Your answers fit parts of each approach',
  UrgentHelpGB: 'Call 116 123',
  UrgentHelpUS: 'Call 988',
  UrgentHelpUnknownRegion: 'call your local emergency number',
  CrisisScreen: 'It is fine to come back to them later.',
  CustomQuestions: 'Might our therapy group suit me?',
  BadQuestions: '.questions',
  Dark: 'Your answers fit parts of each approach',
  Branded: 'Question 2 of 7',
};

describe('stories', () => {
  // the BadQuestions story is warned about, as the bad-input tests check
  let warnings: ReturnType<typeof spyWarnings>;
  beforeEach(() => (warnings = spyWarnings()));
  afterEach(() => warnings.restore());

  const { default: selfCheckMeta, ...selfCheck } = selfCheckStories as unknown as Record<string, AnyStory> & {
    default: AnyMeta;
  };
  for (const [name, story] of Object.entries(selfCheck)) {
    it(`<psy-self-check> ${name}`, async () => {
      const el = await show(selfCheckMeta, story);
      let shown = text(el);
      for (const help of el.shadowRoot!.querySelectorAll('psy-help-now')) shown += text(help as HTMLElement);
      expect(expected[name], `an expectation for ${name}`).to.be.a('string');
      expect(shown).to.contain(expected[name]);
      await expectNoAxeViolations(el);
    });
  }

  const { default: helpNowMeta, ...helpNow } = helpNowStories as unknown as Record<string, AnyStory> & {
    default: AnyMeta;
  };
  for (const [name, story] of Object.entries(helpNow)) {
    it(`<psy-help-now> ${name}`, async () => {
      const el = await show(helpNowMeta, story);
      expect(text(el)).to.contain(
        name === 'UnitedStates' || name === 'RegionFromLang'
          ? 'Call 911'
          : name.startsWith('Region') || name === 'UnknownRegion'
            ? 'local emergency number'
            : 'Call 999',
      );
      await expectNoAxeViolations(el);
    });
  }
});
