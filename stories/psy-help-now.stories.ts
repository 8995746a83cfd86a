// <psy-help-now>: urgent help for the UK and its nations, the US, a region without helplines, an invalid region, dark
// and branded.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@psy-widgets/core/define/psy-help-now.js';

interface HelpNowArgs {
  region: string;
  'heading-level': number;
}

const meta: Meta<HelpNowArgs> = {
  title: 'Widgets/Help now',
  component: 'psy-help-now',
  argTypes: {
    region: {
      control: 'select',
      options: ['GB', 'GB-ENG', 'GB-SCT', 'GB-WLS', 'GB-NIR', 'IE', 'US', 'CA', 'AU', 'NZ', 'ZA', 'FR', 'XX', ''],
    },
    'heading-level': { control: { type: 'number', min: 1, max: 5 } },
  },
  args: { region: 'GB', 'heading-level': 2 },
  render: (args) => html`
    <psy-help-now region=${args.region || nothing} heading-level=${args['heading-level']}></psy-help-now>
  `,
};
export default meta;

type Story = StoryObj<HelpNowArgs>;

/** The whole UK: 999 first, then every nation's own lines named with their nation, Samaritans, Shout, and Childline. */
export const UnitedKingdom: Story = {};

/** One nation (`GB-SCT`): NHS 24 and Breathing Space, then the UK-wide lines and Childline. */
export const Scotland: Story = { args: { region: 'GB-SCT' } };

/** The US: 911 first, then 988 by call or text. */
export const UnitedStates: Story = { args: { region: 'US' } };

/** A region the content has no helplines for: the advice to call the local emergency number, and a console note. */
export const RegionWithoutHelplines: Story = { args: { region: 'FR' } };

/** An invalid region: the same advice, and a message for the website's team after it. Help is never blocked. */
export const UnknownRegion: Story = { args: { region: 'XX' } };

/**
 * No `region`: the page's default (settings), else the visitor's time zone, else the nearest `lang` (here en-US). Never
 * a location lookup.
 */
export const RegionFromLang: Story = {
  args: { region: '' },
  render: (args) => html`<div lang="en-US">${meta.render!(args, {} as never)}</div>`,
};

export const Dark: Story = { globals: { scheme: 'dark' } };

/** One brand colour and the page's own font. */
export const Branded: Story = {
  render: (args, context) =>
    html`<div style="--psy-brand: #5b3f8c; font-family: Georgia, 'DejaVu Serif', serif">
      ${meta.render!(args, context)}
    </div>`,
};
