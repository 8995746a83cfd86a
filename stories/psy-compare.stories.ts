// <psy-compare>: the default comparison, three therapies, a subset of aspects, a narrow container, dark, branded and
// bad input.
import type { PartialContentPack } from '@psy-widgets/content';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@psy-widgets/compare';

interface CompareArgs {
  therapies: string;
  aspects: string;
  highlight: boolean;
  'heading-level': number;
  width: string;
  cta: boolean;
  content?: PartialContentPack;
}

const meta: Meta<CompareArgs> = {
  title: 'Widgets/Compare',
  component: 'psy-compare',
  argTypes: {
    therapies: { control: 'text' },
    aspects: { control: 'text', description: 'Aspect ids separated by spaces; every aspect when empty' },
    'heading-level': { control: { type: 'number', min: 1, max: 5 } },
    width: {
      name: 'container width',
      description: 'The width of the box around the element: the layout follows it, not the window',
      control: 'inline-radio',
      options: ['100%', '600px', '320px'],
    },
    cta: { name: 'cta slot', description: 'Show a "Try the short self-check" link in the cta slot' },
    content: { table: { disable: true } },
  },
  args: {
    therapies: 'cbt psychodynamic',
    aspects: '',
    highlight: false,
    'heading-level': 2,
    width: '100%',
    cta: true,
  },
  render: (args) => html`
    <div style="max-width: ${args.width}">
      <psy-compare
        therapies=${args.therapies}
        aspects=${args.aspects || nothing}
        heading-level=${args['heading-level']}
        ?highlight=${args.highlight}
        .content=${args.content}
      >
        ${args.cta ? html`<a slot="cta" href="#self-check">Try the short self-check</a>` : nothing}
      </psy-compare>
    </div>
  `,
};
export default meta;

type Story = StoryObj<CompareArgs>;

/** CBT and psychodynamic therapy, every aspect, as a table when there is room. */
export const Default: Story = {};

/** The aspects where the two approaches differ most, marked in words. */
export const Highlighted: Story = { args: { highlight: true } };

const placeholder = 'Example text from the clinic. Replace it with a description of your own service.';

/**
 * A clinic's content pack adds a third approach. The text is a labelled placeholder, the kind a clinic replaces with
 * its own words; it makes no claims.
 */
const counselling: PartialContentPack = {
  therapies: {
    counselling: {
      id: 'counselling',
      name: 'Counselling (example clinic text)',
      shortName: 'Counselling (example)',
      summary: placeholder,
      overview: [{ type: 'paragraph', text: [placeholder], sources: [] }],
      sections: [],
      faq: [],
      review: { lastReviewed: '2026-11-01', nextReview: '2027-11-01', reviewer: null, author: 'Example clinic' },
    },
  },
  comparison: {
    counselling: {
      focus: { summary: ['Example clinic text: what your counselling sessions look at.'], sources: [] },
      'time-orientation': {
        summary: ['Example clinic text: how much your sessions look at the past and the present.'],
        sources: [],
      },
      structure: {
        summary: ['Example clinic text: how your sessions are organised.'],
        detail: ['Example clinic text: anything a visitor may want to know before a first session.'],
        sources: [],
      },
      'therapist-role': { summary: ['Example clinic text: what your counsellors do in a session.'], sources: [] },
      length: { summary: ['Example clinic text: how long and how often your sessions are.'], sources: [] },
    },
  },
};

/** Three columns, from a clinic's pack; aspects the pack does not cover say so. */
export const ThreeTherapies: Story = {
  args: { therapies: 'cbt psychodynamic counselling', content: counselling },
};

/** A few aspects, in the clinic's own order, under the page's h3. */
export const SubsetOfAspects: Story = {
  args: { aspects: 'focus structure length first-sessions', 'heading-level': 3, highlight: true },
};

/** In a 320px box (a sidebar, or a phone): each aspect as a group with the approaches stacked. */
export const NarrowContainer: Story = { args: { width: '320px', highlight: true } };

/** The page in dark mode: the comparison follows its colour scheme. */
export const Dark: Story = { args: { highlight: true }, globals: { scheme: 'dark' } };

/** One brand colour and the page's own font. */
export const Branded: Story = {
  args: { highlight: true },
  render: (args, context) =>
    html`<div style="--psy-brand: #5b3f8c; --psy-radius: 0.25rem; font-family: Georgia, 'DejaVu Serif', serif">
      ${meta.render!(args, context)}
    </div>`,
};

/** What a web team sees when an attribute is wrong: a calm message and one console warning. */
export const BadInput: Story = { args: { therapies: 'cbt gestalt', aspects: 'focus cost' } };
