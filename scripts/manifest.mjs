// Writes each package's custom-elements.json, the source of Storybook's arg tables, editor data and JSX types.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { elements, packageName, packages } from './registry.mjs';

const root = resolve(import.meta.dirname, '..');

/** Writes every package's manifest; given `only` (folders), writes those and reads the others as they are. */
export async function writeManifests({ only } = {}) {
  const details = eventDetails();
  const manifests = new Map();
  let base; // core's base element, once core's manifest is written (core comes before every widget)
  for (const name of packages) {
    const dir = resolve(root, 'packages', name);
    if (!existsSync(resolve(dir, 'src'))) continue;
    const manifest = only && !only.includes(name) ? kept(dir) : analyze(dir, { details, base });
    manifests.set(name, manifest);
    if (name === 'core') {
      const declaration = manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .find((d) => d.name === 'PsyElement');
      base = { package: packageName('core'), declaration };
    }
  }
  referenceElements(resolve(root, 'packages/psy-widgets/custom-elements.json'), manifests);
}

const kept = (dir) => JSON.parse(readFileSync(resolve(dir, 'custom-elements.json'), 'utf8'));

/** Runs the analyzer on a package's sources and mends what it reads wrongly (see tidy). */
function analyze(dir, { details, base }) {
  execFileSync(
    resolve(root, 'node_modules/.bin/cem'),
    ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.test.ts', '--outdir', '.', '--quiet'],
    { cwd: dir, stdio: 'inherit' },
  );
  return tidy(resolve(dir, 'custom-elements.json'), { details, base });
}

/**
 * `detail` of every psy-* event, as TypeScript text, from the `PsyEventMap` entries each element's package declares
 * in its `src/events.ts` (merged into core's PsyEventMap): the one place each event is typed. Every event the
 * registry lists must be found there.
 */
function eventDetails() {
  const details = new Map();
  const read = (node, source) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'PsyEventMap') {
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && member.type) {
          const name = member.name.getText(source).replace(/['"]/g, '');
          details.set(name, member.type.getText(source).replace(/\s+/g, ' '));
        }
      }
    } else node.forEachChild((child) => read(child, source));
  };
  for (const folder of new Set(elements.map((element) => element.folder))) {
    const file = resolve(root, 'packages', folder, 'src/events.ts');
    if (!existsSync(file)) continue;
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    read(source, source);
  }
  const untyped = elements.flatMap((element) => element.events).filter((event) => !details.has(event));
  if (untyped.length) throw new Error(`no PsyEventMap entry in the package's src/events.ts for ${untyped.join(', ')}`);
  return details;
}

/** `src/a/b.ts` (what the analyzer read) -> `dist/a/b.js` (what is published). */
const published = (path) =>
  path.replace(/^\/?src\/(.*)\.ts$/, 'dist/$1.js').replace(/^\/?src\/(.*)\.js$/, 'dist/$1.js');

/**
 * What the analyzer leaves out or reads wrongly, mended so that tools can trust the manifest:
 * - `emit(type, …)` in the base element, read as an event called "type": the real events are the `@fires` tags.
 * - Internal state declared in `static properties` (`{ state: true }`), read as attributes: private fields are dropped.
 * - Events get their `detail` type, from the PsyEventMap entries of the element's package (see eventDetails).
 * - What an element inherits from core's base element in another package (its `problem` part and the `--psy-*`
 *   tokens) is listed on the element, marked `inheritedFrom`, as the analyzer does within one package.
 * - Paths name the published `dist/*.js` modules, not the sources, which are not shipped.
 */
function tidy(file, { details, base }) {
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  for (const module of manifest.modules ?? []) {
    module.path = published(module.path);
    for (const declaration of module.declarations ?? []) {
      if (declaration.events) {
        declaration.events = declaration.events.filter((event) => event.name !== 'type');
        for (const event of declaration.events) {
          const detail = details.get(event.name);
          if (detail) event.type = { text: `CustomEvent<${detail}>` };
        }
        if (!declaration.events.length) delete declaration.events;
      }
      if (declaration.attributes) {
        const hidden = new Set(
          (declaration.members ?? []).filter((m) => m.privacy === 'private').map((member) => member.name),
        );
        declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
        if (!declaration.attributes.length) delete declaration.attributes;
      }
      if (declaration.superclass?.module) declaration.superclass.module = published(declaration.superclass.module);
      const inherits = base && declaration.superclass?.package?.startsWith(base.package);
      if (inherits && declaration.superclass.name === base.declaration.name) {
        const from = { name: base.declaration.name, package: base.package };
        for (const list of ['cssParts', 'cssProperties']) {
          const own = new Set((declaration[list] ?? []).map((item) => item.name));
          const inherited = (base.declaration[list] ?? [])
            .filter((item) => !own.has(item.name))
            .map(({ inheritedFrom: _, ...item }) => ({ ...item, inheritedFrom: from }));
          if (inherited.length) declaration[list] = [...(declaration[list] ?? []), ...inherited];
        }
      }
    }
    for (const entry of module.exports ?? []) {
      if (entry.declaration?.module) entry.declaration.module = published(entry.declaration.module);
    }
  }
  writeFileSync(file, JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

/** The umbrella package declares no element of its own: its manifest references each one where it is declared. */
function referenceElements(file, manifests) {
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const index = manifest.modules.find((module) => module.path === 'dist/index.js');
  const definitions = [];
  for (const [folder, other] of manifests) {
    for (const module of other.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.customElement || !declaration.tagName) continue;
        const ref = { name: declaration.name, package: `${packageName(folder)}/${module.path.replace(/^dist\//, '')}` };
        definitions.push({ kind: 'custom-element-definition', name: declaration.tagName, declaration: ref });
      }
    }
  }
  index.exports = [...(index.exports ?? []).filter((e) => e.kind !== 'custom-element-definition'), ...definitions];
  writeFileSync(file, JSON.stringify(manifest, null, 2) + '\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await writeManifests();
