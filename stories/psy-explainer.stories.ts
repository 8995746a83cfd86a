// <psy-explainer>: every layout, each therapy, dark, a branded example and bad input.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@psy-widgets/explainer';

interface ExplainerArgs {
  therapy: string;
  layout: 'full' | 'accordion' | 'summary';
  sections: string;
  'heading-level': number;
  region: string;
  'no-help-link': boolean;
  'structured-data': boolean;
  'more-href': string;
  cta: boolean;
}

const meta: Meta<ExplainerArgs> = {
  title: 'Widgets/Explainer',
  component: 'psy-explainer',
  argTypes: {
    therapy: { control: 'select', options: ['psychodynamic', 'cbt'] },
    layout: { control: 'inline-radio', options: ['full', 'accordion', 'summary'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    cta: { name: 'cta slot', description: 'Show a "Book a free consultation" link in the cta slot' },
  },
  args: {
    therapy: 'psychodynamic',
    layout: 'full',
    sections: '',
    'heading-level': 2,
    region: 'GB',
    'no-help-link': false,
    'structured-data': false,
    'more-href': '',
    cta: true,
  },
  render: (args) => html`
    <psy-explainer
      therapy=${args.therapy}
      layout=${args.layout}
      sections=${args.sections || nothing}
      heading-level=${args['heading-level']}
      region=${args.region || nothing}
      more-href=${args['more-href'] || nothing}
      ?no-help-link=${args['no-help-link']}
      ?structured-data=${args['structured-data']}
    >
      ${args.cta ? html`<a slot="cta" href="#contact">Book a free consultation</a>` : nothing}
    </psy-explainer>
  `,
};
export default meta;

type Story = StoryObj<ExplainerArgs>;

/** Everything open, for an "Our approach" article page. */
export const Full: Story = {};

/** Section headings as disclosure buttons. */
export const Accordion: Story = { args: { layout: 'accordion' } };

/** The overview and "Read more", for a sidebar or home page. */
export const Summary: Story = { args: { layout: 'summary', cta: false } };

/** "Read more" as a link to the clinic's full page. */
export const SummaryWithLink: Story = { args: { layout: 'summary', 'more-href': '#our-approach', cta: false } };

export const Psychodynamic: Story = { args: { therapy: 'psychodynamic', layout: 'accordion' } };

export const CBT: Story = { args: { therapy: 'cbt', layout: 'accordion' } };

/** A few sections, in the clinic's own order, under the page's h3. */
export const ChosenSections: Story = {
  args: { sections: 'sessions duration faq', 'heading-level': 3, cta: false },
};

/** The page in dark mode: the explainer follows its colour scheme. */
export const Dark: Story = { args: { layout: 'accordion' }, globals: { scheme: 'dark' } };

/** One brand colour and the page's own font. */
export const Branded: Story = {
  args: { layout: 'accordion' },
  render: (args, context) =>
    html`<div style="--psy-brand: #5b3f8c; --psy-radius: 0.25rem; font-family: Georgia, 'DejaVu Serif', serif">
      ${meta.render!(args, context)}
    </div>`,
};

/** What a web team sees when an attribute is wrong: a calm message and one console warning. */
export const BadInput: Story = {
  args: { therapy: 'gestalt', sections: 'principles dreams', 'heading-level': 7 },
};
