/// <reference types="vite/client" />
// One Custom Elements Manifest for Storybook's arg tables, merged from every package's custom-elements.json
// (written by `npm run analyze`, which the storybook scripts run first).
import { mergeManifests, type Manifest } from './merge-manifests.js';

const found = import.meta.glob<Manifest>('../packages/*/custom-elements.json', { eager: true, import: 'default' });

/** Every package's manifest, merged. */
export const manifest = mergeManifests(Object.values(found));
