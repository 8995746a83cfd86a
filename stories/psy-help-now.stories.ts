// <psy-help-now>: urgent help for the UK, the US, a region without helplines, an invalid region, dark and branded.
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
    region: { control: 'select', options: ['GB', 'US', 'AU', 'FR', 'XX', ''] },
    'heading-level': { control: { type: 'number', min: 1, max: 5 } },
  },
  args: { region: 'GB', 'heading-level': 2 },
  render: (args) => html`
    <psy-help-now region=${args.region || nothing} heading-level=${args['heading-level']}></psy-help-now>
  `,
};
export default meta;

type Story = StoryObj<HelpNowArgs>;

/** The UK: 999 first, then NHS 111, Samaritans and Shout, each ready to call or text. */
export const UnitedKingdom: Story = {};

/** The US: 911 first, then 988 by call or text. */
export const UnitedStates: Story = { args: { region: 'US' } };

/** A region the content has no helplines for: the advice to call the local emergency number, and a console note. */
export const RegionWithoutHelplines: Story = { args: { region: 'FR' } };

/** An invalid region: the same advice, and a message for the website's team after it. Help is never blocked. */
export const UnknownRegion: Story = { args: { region: 'XX' } };

/** No `region`: taken from the nearest `lang` (here en-US), never from a location lookup. */
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
