// `npm run build:demo`: the demo clinic site as static files in demo/dist/ (its pages, the embed configurator, the CDN
// files under cdn/, and Storybook under storybook/), with relative addresses, for any static host. Needs the packages
// built first (`npm run build`, which `npm run build:demo` runs).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
await build({ configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn' });
execFileSync(
  resolve(root, 'node_modules/.bin/storybook'),
  ['build', '--quiet', '--output-dir', resolve(root, 'demo/dist/storybook')],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
);
console.log('built the demo site in demo/dist/');
