// Writes each package's custom-elements.json, the source of Storybook's arg tables, editor data and JSX types.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packages } from './packages.mjs';

const root = resolve(import.meta.dirname, '..');

export async function writeManifests() {
  for (const name of packages) {
    const dir = resolve(root, 'packages', name);
    if (!existsSync(resolve(dir, 'src'))) continue;
    execFileSync(
      resolve(root, 'node_modules/.bin/cem'),
      [
        'analyze',
        '--litelement',
        '--globs',
        'src/**/*.ts',
        '--exclude',
        'src/**/*.test.ts',
        '--outdir',
        '.',
        '--quiet',
      ],
      { cwd: dir, stdio: 'inherit' },
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await writeManifests();
