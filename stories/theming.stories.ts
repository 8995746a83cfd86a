// One brand colour recolours every widget at once; the toolbar's colour-scheme switch shows them in light and dark.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import 'psy-widgets';

interface ThemingArgs {
  brand: string;
  radius: number;
  font: string;
}

const fonts = {
  'Page font (inherited)': 'inherit',
  Serif: "Georgia, 'DejaVu Serif', serif",
  Humanist: "'Gill Sans', 'Trebuchet MS', 'Liberation Sans', sans-serif",
};

const meta: Meta<ThemingArgs> = {
  title: 'Theming/Brand colour',
  tags: ['!autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Set `--psy-brand` once and every widget derives its palette from it, with contrast-safe text on the brand. ' +
          'Use the toolbar to switch the page between light and dark.',
      },
    },
  },
  argTypes: {
    brand: {
      name: '--psy-brand',
      description: "The clinic's brand colour",
      control: { type: 'color', presetColors: ['#2f6f6a', '#5b3f8c', '#b5473a', '#1d4e89', '#f2c14e', '#222222'] },
    },
    radius: {
      name: '--psy-radius (rem)',
      description: 'Corner radius of boxes and buttons',
      control: { type: 'range', min: 0, max: 1.5, step: 0.125 },
    },
    font: {
      name: 'Page font',
      description: "The host page's font, which the widgets inherit",
      options: Object.keys(fonts),
      mapping: fonts,
      control: { type: 'select' },
    },
  },
  args: { brand: '#2f6f6a', radius: 0.5, font: 'Page font (inherited)' },
  render: ({ brand, radius, font }) => html`
    <div
      style=${styleMap({
        '--psy-brand': brand,
        '--psy-radius': `${radius}rem`,
        'font-family': font,
        display: 'grid',
        gap: '2rem',
        padding: '1rem',
        maxWidth: '60rem',
      })}
    >
      <p>
        A clinic's own copy can use glossary terms too, such as
        <psy-term term="transference">transference</psy-term>.
      </p>
      <psy-explainer layout="summary"></psy-explainer>
      <psy-compare aspects="focus time-orientation structure"></psy-compare>
      <psy-self-check region="GB"></psy-self-check>
      <psy-help-now region="GB"></psy-help-now>
    </div>
  `,
};
export default meta;

type Story = StoryObj<ThemingArgs>;

export const Teal: Story = {};

export const Plum: Story = { args: { brand: '#5b3f8c' } };

/** A light brand colour: the text on it turns dark, so it stays readable. */
export const Mustard: Story = { args: { brand: '#f2c14e' } };
