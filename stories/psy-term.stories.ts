// <psy-term>: a glossary term in a clinic's own copy, inside and outside the explainer.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@psy-widgets/core/define/psy-term.js';

interface TermArgs {
  term: string;
  words: string;
}

const meta: Meta<TermArgs> = {
  title: 'Widgets/Term',
  component: 'psy-term',
  argTypes: {
    term: {
      control: 'select',
      options: ['transference', 'unconscious', 'insight', 'free-association', 'cbt', 'homework'],
    },
  },
  args: { term: 'transference', words: 'transference' },
  render: ({ term, words }) => html`
    <p style="max-width: 40rem">
      In our sessions we pay attention to <psy-term term=${term}>${words}</psy-term>, because the way you relate to
      people tends to repeat. Hover, focus or tap the underlined words.
    </p>
  `,
};
export default meta;

type Story = StoryObj<TermArgs>;

/** A term in a clinic's own paragraph, outside any widget. */
export const InClinicCopy: Story = {};

/** Terms near every edge of the screen: the definition stays in view. Try it on a narrow screen. */
export const AtTheEdges: Story = {
  render: () => html`
    <div style="display: flex; justify-content: space-between; gap: 1rem">
      <p><psy-term term="unconscious">unconscious</psy-term></p>
      <p><psy-term term="therapeutic-relationship">therapeutic relationship</psy-term></p>
    </div>
  `,
};

export const Dark: Story = { globals: { scheme: 'dark' } };

/** An unknown term: the words stay, plainly; the console lists the accepted ids. */
export const UnknownTerm: Story = { args: { term: 'transferance', words: 'transference' } };
