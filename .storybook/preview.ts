// Every story: arg tables from the merged Custom Elements Manifest, axe checks, and a light/dark toolbar switch.
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// The renderer's readers of the manifest: attributes, properties, events, slots, css properties and parts.
import { parameters as manifestReaders } from '@storybook/web-components/entry-preview-argtypes';
import { manifest } from './manifest.js';
import './preview.css';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    docs: {
      extractArgTypes: manifestReaders.docs.extractArgTypes,
      extractComponentDescription: manifestReaders.docs.extractComponentDescription,
    },
    controls: { expanded: true, matchers: { color: /(brand|colou?r)$/i } },
    // a failed accessibility check is an error, not a to-do
    a11y: { test: 'error' },
  },
  globalTypes: {
    scheme: {
      description: "The page's colour scheme: the widgets follow it",
      toolbar: {
        title: 'Colour scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { scheme: 'light' },
  decorators: [
    (story, { globals }) => {
      document.documentElement.style.colorScheme = globals.scheme === 'dark' ? 'dark' : 'light';
      return story();
    },
  ],
};

export default preview;
