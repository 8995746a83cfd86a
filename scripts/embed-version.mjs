// The release an embed pins, and the READMEs that show embeds: shared by `npm run version` (which writes the
// addresses) and `npm run test:pack` (which checks them).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { packages } from './registry.mjs';

const root = resolve(import.meta.dirname, '..');

/** As core's RELEASE: the version, or the first release (0.1.0) while the workspace is unreleased (0.0.0). */
export const releaseOf = (version) => (version === '0.0.0' ? '0.1.0' : version);

export const readmes = () =>
  [
    resolve(root, 'README.md'),
    resolve(root, 'docs/server-rendering.md'),
    resolve(root, 'docs/recipes/eleventy/src/index.html'),
    ...packages.map((name) => resolve(root, 'packages', name, 'README.md')),
  ].filter(existsSync);
