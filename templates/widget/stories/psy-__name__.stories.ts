// <psy-__name__>: with a heading and text, and without a heading (the message a page sees).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@psy-widgets/__name__';

interface Args {
  heading: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/psy-__name__',
  component: 'psy-__name__',
  args: { heading: 'Before your first session' },
  render: ({ heading }) => html`<psy-__name__ heading=${heading}><p>What to bring.</p></psy-__name__>`,
};
export default meta;

export const Default: StoryObj<Args> = {};
export const WithoutHeading: StoryObj<Args> = { args: { heading: '' } };
