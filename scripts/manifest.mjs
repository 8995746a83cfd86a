// Writes each package's custom-elements.json, the source of Storybook's arg tables, editor data and JSX types.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
    tidy(resolve(dir, 'custom-elements.json'));
  }
}

/**
 * Two things the analyzer reads wrongly:
 * - `emit(type, …)` in the base element, as an event called "type". The real events are the `@fires` tags, so an
 *   event named after emit's parameter is dropped.
 * - Internal state declared in `static properties` (`{ state: true }`), as attributes. An attribute whose field is
 *   private is dropped.
 */
function tidy(file) {
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.events) {
        declaration.events = declaration.events.filter((event) => event.name !== 'type');
        if (!declaration.events.length) delete declaration.events;
      }
      if (declaration.attributes) {
        const hidden = new Set(
          (declaration.members ?? []).filter((m) => m.privacy === 'private').map((member) => member.name),
        );
        declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
        if (!declaration.attributes.length) delete declaration.attributes;
      }
    }
  }
  writeFileSync(file, JSON.stringify(manifest, null, 2) + '\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await writeManifests();
