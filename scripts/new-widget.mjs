// `npm run new-widget -- <name> "<one-sentence summary>"`: a new widget from templates/widget/, registered in the one
// place the build reads. It writes packages/<name>/ (the package: class, styles, registration, README, package.json),
// tests/<name>/ and stories/psy-<name>.stories.ts, adds the widget's entry to scripts/registry.mjs and the umbrella's
// dependency on it. Then: `npm install` (links the new workspace package), and `npm run build`.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const pascal = (name) => name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());

/** Copies the template into `root` for the widget `name`; returns the files it wrote. */
export function newWidget(root, name, summary) {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) throw new Error(`"${name}": use lower case words joined by hyphens`);
  if (!summary?.trim()) throw new Error('give a one-sentence summary of what the widget does');
  const tag = `psy-${name}`;
  const targets = {
    package: resolve(root, 'packages', name),
    tests: resolve(root, 'tests', name),
    stories: resolve(root, 'stories'),
  };
  for (const dir of [targets.package, targets.tests]) if (existsSync(dir)) throw new Error(`${dir} already exists`);
  const fill = (text) =>
    text.replaceAll('__Name__', pascal(name)).replaceAll('__name__', name).replaceAll('__summary__', summary.trim());
  const written = [];
  for (const [part, target] of Object.entries(targets)) {
    const from = resolve(root, 'templates/widget', part);
    mkdirSync(target, { recursive: true });
    cpSync(from, target, { recursive: true });
    for (const file of readdirSync(from, { recursive: true, withFileTypes: true }).filter((f) => f.isFile())) {
      const inTarget = resolve(target, file.parentPath.slice(from.length + 1), file.name);
      const renamed = resolve(target, file.parentPath.slice(from.length + 1), fill(file.name));
      writeFileSync(inTarget, fill(readFileSync(inTarget, 'utf8')));
      if (renamed !== inTarget) renameSync(inTarget, renamed);
      written.push(renamed);
    }
  }
  cpSync(resolve(root, 'LICENSE'), resolve(targets.package, 'LICENSE'));

  const registry = resolve(root, 'scripts/registry.mjs');
  const end = '\n];\n\n/** @type {Part[]}';
  const text = readFileSync(registry, 'utf8');
  if (!text.includes(end)) throw new Error('scripts/registry.mjs: the end of the widgets list was not found');
  const entry = `
  {
    tag: '${tag}',
    className: 'Psy${pascal(name)}',
    folder: '${name}',
    module: '${tag}.js',
    budget: 16_000,
    places: [{ selector: '${tag}', height: '10rem' }],
    events: [],
    attrs: { heading: 'Before your first session' },
  },`;
  writeFileSync(registry, text.replace(end, `${entry}${end}`));

  const umbrellaPackage = resolve(root, 'packages/psy-widgets/package.json');
  const umbrella = JSON.parse(readFileSync(umbrellaPackage, 'utf8'));
  umbrella.dependencies = Object.fromEntries(
    Object.entries({ ...umbrella.dependencies, [`@psy-widgets/${name}`]: umbrella.version }).sort(),
  );
  writeFileSync(umbrellaPackage, `${JSON.stringify(umbrella, null, 2)}\n`);
  return [...written, registry, umbrellaPackage];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [name, summary] = process.argv.slice(2);
  const root = resolve(import.meta.dirname, '..');
  for (const file of newWidget(root, name, summary)) console.log(`wrote ${file.slice(root.length + 1)}`);
  console.log(
    '\nNext: set its budget and kept height in scripts/registry.mjs, run `npm install` to link the package, then ' +
      '`npm run build` and `npm test`. See CONTRIBUTING.md.',
  );
}
