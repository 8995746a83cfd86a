// <psy-self-check>: the intro, a question, each kind of result, the crisis screen, urgent help, custom questions, dark
// and branded.
import type { QuestionSet } from '@psy-widgets/content';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@psy-widgets/self-check';

interface SelfCheckArgs {
  therapy: string;
  region: string;
  'heading-level': number;
  'share-answers': boolean;
  cta: boolean;
}

const meta: Meta<SelfCheckArgs> = {
  title: 'Widgets/Self-check',
  component: 'psy-self-check',
  argTypes: {
    region: { control: 'select', options: ['GB', 'US', 'AU', 'FR', 'XX', ''] },
    'heading-level': { control: { type: 'number', min: 1, max: 4 } },
    cta: { name: 'cta slot', description: 'Show a "Book a consultation" link in the cta slot' },
  },
  args: { therapy: 'psychodynamic', region: 'GB', 'heading-level': 2, 'share-answers': false, cta: true },
  render: (args) => html`
    <psy-self-check
      therapy=${args.therapy}
      region=${args.region || nothing}
      heading-level=${args['heading-level']}
      ?share-answers=${args['share-answers']}
    >
      ${args.cta ? html`<a slot="cta" href="#contact">Book a consultation</a>` : nothing}
    </psy-self-check>
  `,
};
export default meta;

type Story = StoryObj<SelfCheckArgs>;

// ---- driving the element in play functions, as a visitor would ----

const checkIn = (canvas: HTMLElement) => canvas.querySelector('psy-self-check')!;

async function press(canvas: HTMLElement, ...names: string[]): Promise<void> {
  const el = checkIn(canvas);
  await el.updateComplete;
  const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => names.includes(b.textContent!.trim()));
  button?.click();
  await el.updateComplete;
}

/** Presses Start and picks, for each question, the answer at the given position (0 = first). */
async function answer(canvas: HTMLElement, positions: number[]): Promise<void> {
  await press(canvas, 'Start');
  for (const position of positions) {
    const el = checkIn(canvas);
    el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')[position]?.click();
    await el.updateComplete;
    await press(canvas, 'Next', 'See my result');
  }
}

/** What it is and is not, how long it takes, the privacy promise, and Start. */
export const Intro: Story = {};

/** One question per step: native radio buttons, progress in words, Back and Next. */
export const QuestionStep: Story = {
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Start');
    checkIn(canvasElement).shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!.click();
    await press(canvasElement, 'Next');
  },
};

/** Next without an answer: the message says what is missing. */
export const MissingAnswer: Story = {
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Start');
    await press(canvasElement, 'Next');
  },
};

/** Answers that line up with how psychodynamic therapy usually works, dimension by dimension, with the reasons. */
export const CloserToPsychodynamic: Story = {
  play: ({ canvasElement }) => answer(canvasElement, [0, 0, 0, 0, 0, 1, 0]),
};

/** `therapy="cbt"`: the same questions, "Might CBT suit me?", and a result framed for CBT. */
export const CbtFraming: Story = {
  args: { therapy: 'cbt' },
  play: ({ canvasElement }) => answer(canvasElement, [2, 2, 2, 2, 2, 0, 0]),
};

/** Mixed answers: neither approach ahead, so both are shown as options to talk through. */
export const MixedResult: Story = {
  play: ({ canvasElement }) => answer(canvasElement, [0, 2, 0, 2, 1, 0, 1]),
};

/** "I need help now", pressed on the intro: the UK's helplines at once; the CTA stays hidden from then on. */
export const UrgentHelpGB: Story = { play: ({ canvasElement }) => press(canvasElement, 'I need help now') };

/** The same in the US. */
export const UrgentHelpUS: Story = {
  args: { region: 'US' },
  play: ({ canvasElement }) => press(canvasElement, 'I need help now'),
};

/** A region without helplines in the content: the advice to call the local emergency number. */
export const UrgentHelpUnknownRegion: Story = {
  args: { region: 'FR' },
  play: ({ canvasElement }) => press(canvasElement, 'I need help now'),
};

/**
 * "I feel in crisis", confirmed with Next, after hopeful answers: help, not a result. The region's lines in full with
 * tap-to-call and tap-to-text, a calm word, "Back to the questions"; no verdict, and the CTA hidden for the visit.
 */
export const CrisisScreen: Story = {
  play: ({ canvasElement }) => answer(canvasElement, [0, 0, 0, 0, 0, 1, 2]),
};

const lean = (psychodynamic: number, cbt: number) => ({ psychodynamic, cbt });

const groupSet: QuestionSet = {
  id: 'group-fit',
  therapies: {
    psychodynamic: { name: 'our therapy group', title: 'Might our therapy group suit me?' },
    cbt: { name: 'our CBT course', title: 'Might our CBT course suit me?' },
  },
  intro: ['Three short questions about joining a group.'],
  why: [{ text: ['What you want from a group matters. Tell us at your first meeting.'], sources: [] }],
  questions: [
    {
      id: 'sharing',
      topic: 'Sharing in a group',
      prompt: 'How do you feel about sharing with a small group?',
      basis: ['cnip16'],
      ways: {
        psychodynamic: { text: ['The group talks freely about what comes up.'], sources: [] },
        cbt: { text: ['The course follows a plan, with a short task each week.'], sources: [] },
      },
      options: [
        { id: 'fine', label: 'I would be fine with it', leans: lean(2, 0), reason: 'You are at ease sharing.' },
        { id: 'unsure', label: 'I am not sure', leans: lean(0, 0), reason: 'You are unsure about sharing.' },
        { id: 'hard', label: 'It would be very hard', leans: lean(-1, 1), reason: 'Sharing feels hard now.' },
      ],
    },
    {
      id: 'listening',
      topic: 'Hearing others',
      prompt: 'Would hearing how others cope help you?',
      basis: ['cnip16'],
      ways: {
        psychodynamic: { text: ['You hear how others feel.'], sources: [] },
        cbt: { text: ['You learn skills with others.'], sources: [] },
      },
      options: [
        { id: 'yes', label: 'Yes', leans: lean(1, 1), reason: 'Hearing others could help you.' },
        { id: 'no', label: 'No', leans: lean(-1, 0), reason: 'You would rather focus on yourself.' },
      ],
    },
    {
      id: 'today',
      topic: 'How you feel today',
      prompt: 'How are you feeling today?',
      basis: ['cnwl-tt'],
      options: [
        { id: 'okay', label: 'Okay', leans: lean(0, 0), reason: 'You feel okay today.' },
        { id: 'crisis', label: 'I feel in crisis', leans: lean(0, 0), crisis: true },
      ],
    },
  ],
  margin: 2,
  professionalNote: [{ strong: 'This is not a diagnosis.' }, ' Talk it through with one of our therapists.'],
  firstSessionQuestions: ['How big is the group?', 'What if I do not want to speak?'],
};

/** A clinic's own question set through `.questions`, checked against the content schema. */
export const CustomQuestions: Story = {
  render: (args) => html`
    <psy-self-check region=${args.region || nothing} .questions=${groupSet}>
      <a slot="cta" href="#contact">Ask about the group</a>
    </psy-self-check>
  `,
};

/** A question set that does not fit the schema: a clear message, and urgent help still works. */
export const BadQuestions: Story = {
  render: (args) => html`
    <psy-self-check region=${args.region || nothing} .questions=${{ ...groupSet, margin: 0 }}></psy-self-check>
  `,
};

/** The page in dark mode: the check follows its colour scheme. */
export const Dark: Story = {
  globals: { scheme: 'dark' },
  play: ({ canvasElement }) => answer(canvasElement, [0, 2, 0, 2, 1, 0, 1]),
};

/** One brand colour and the page's own font. */
export const Branded: Story = {
  render: (args, context) =>
    html`<div style="--psy-brand: #b4543a; --psy-radius: 1rem; font-family: Georgia, 'DejaVu Serif', serif">
      ${meta.render!(args, context)}
    </div>`,
  play: QuestionStep.play,
};
