// What the generators share (types, wrappers, editor data, the stylesheet): the registry's elements as their manifests
// describe them, text helpers for doc comments, writing a file only when it changed (formatted as the repository's
// prettier config says), and the `--check` command line.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { elements, packageName, packages } from './registry.mjs';

const root = resolve(import.meta.dirname, '..');

/** `psy-toggle` -> `PsyToggle`. */
export const camel = (name) => name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());

/** Text on one line, whitespace runs as one space. */
export const oneLine = (text) => (text ?? '').trim().replace(/\s*\n\s*/g, ' ');

/** Text on one line that is safe inside a block comment. */
export const commentLine = (text) => oneLine((text ?? '').trim().replace(/\*\//g, '*\\/'));

/** A one-line doc comment (`/** text *\/` and a line break) at `indent`, or nothing for no text. */
export const doc = (text, indent = '') => (text ? `${indent}/** ${commentLine(text)} */\n` : '');

/** `import type { A, B } from 'x';` for each module, names sorted and deduplicated. */
export const typeImports = (imports) =>
  [...imports].map(([from, names]) => `import type { ${[...new Set(names)].sort().join(', ')} } from '${from}';`);

/**
 * Writes `text` to `file` (formatted with prettier, as the repository's config says for that file) when it differs
 * from what is there. Returns true when the file changed or, with `check`, would change.
 */
export async function writeIfChanged(file, text, { check = false } = {}) {
  const formatted = await format(text, { ...(await resolveConfig(file)), filepath: file });
  if (formatted === (existsSync(file) ? readFileSync(file, 'utf8') : '')) return false;
  if (!check) writeFileSync(file, formatted);
  return true;
}

/**
 * Runs a generator when its module is the command (`node scripts/<name>.mjs [--check]`): `write({ check })` returns
 * whether anything changed. With `--check`, exits 1 when the files are out of date.
 */
export async function runGenerator(moduleUrl, write, { file, command }) {
  if (moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  const check = process.argv.includes('--check');
  const changed = await write({ check });
  const name = relative(root, file);
  if (check && changed) {
    console.error(`${name} is out of date: run ${command} (after npm run build)`);
    process.exitCode = 1;
  } else console.log(changed ? `wrote ${name}` : `${name} is up to date`);
}

const isPublicField = (m) =>
  m.kind === 'field' &&
  !m.static &&
  !m.readonly &&
  (m.privacy ?? 'public') === 'public' &&
  !m.name.startsWith('_') &&
  !m.name.startsWith('#');

/**
 * Every element in the registry as its package's custom-elements.json describes it: tag, class, the module to import
 * its type from, fields and events. Elements of packages not built yet are left out.
 */
export function readElements() {
  const found = [];
  for (const folder of packages) {
    const dir = resolve(root, 'packages', folder);
    const manifestFile = resolve(dir, 'custom-elements.json');
    if (!existsSync(manifestFile)) continue;
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    const index = manifest.modules.find((m) => m.path === 'dist/index.js');
    for (const mod of manifest.modules) {
      for (const decl of mod.declarations ?? []) {
        const tag = elements.find((el) => el.folder === folder && el.className === decl.name)?.tag;
        if (decl.kind !== 'class' || !tag) continue;
        const fromIndex = index?.exports?.some((e) => e.name === decl.name);
        found.push({
          tag,
          className: decl.name,
          from: fromIndex ? packageName(folder) : `${packageName(folder)}/${mod.path.replace(/^dist\//, '')}`,
          summary: decl.summary ?? decl.description?.split('\n\n')[0] ?? '',
          fields: (decl.members ?? []).filter(isPublicField),
          events: (decl.events ?? []).filter((e) => e.name?.startsWith('psy-')),
          attributes: decl.attributes ?? [],
          cssProperties: decl.cssProperties ?? [],
          cssParts: decl.cssParts ?? [],
          slots: decl.slots ?? [],
        });
      }
    }
  }
  return found.sort((a, b) => a.tag.localeCompare(b.tag));
}
