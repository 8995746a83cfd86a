// Checks, after `npm run build`, that every published file's source map still points at the right place in the
// sources once the build has minified its css``/html`` text (scripts/build.mjs): each name the code uses after the
// first template must map to a line of the source that holds that name. Exits 1 and names each file that does not.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { parseAst } from 'vite';
import { packages } from './registry.mjs';

const root = resolve(import.meta.dirname, '..');

/** Every identifier in `node`'s code (not in template text), with its start offset. */
function identifiers(node, found = []) {
  if (Array.isArray(node)) node.forEach((child) => identifiers(child, found));
  else if (node && typeof node.type === 'string') {
    if (node.type === 'Identifier' && node.name.length > 2) found.push(node);
    for (const key in node)
      if (key !== 'type' && node[key] && typeof node[key] === 'object') identifiers(node[key], found);
  }
  return found;
}

/** The names in `file` whose mapped source line does not hold them, after its first template; and how many checked. */
function check(file) {
  const code = readFileSync(file, 'utf8');
  const map = new TraceMap(readFileSync(`${file}.map`, 'utf8'));
  const firstTemplate = code.search(/\b(css|html|svg)\s*`/);
  const lineStarts = [0];
  for (let i = code.indexOf('\n'); i >= 0; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const sources = new Map(map.sources.map((source, i) => [source, (map.sourcesContent?.[i] ?? '').split('\n')]));
  const wrong = [];
  let checked = 0;
  for (const { name, start } of identifiers(parseAst(code))) {
    if (firstTemplate < 0 || start < firstTemplate) continue;
    const line = lineStarts.findLastIndex((s) => s <= start);
    const original = originalPositionFor(map, { line: line + 1, column: start - lineStarts[line] });
    if (!original.source) continue; // code tsc wrote itself
    checked++;
    const text = sources.get(original.source)?.[original.line - 1] ?? '';
    // tsc writes a class's static fields after it, as `Class.field = …`, mapped to the line that declares the field
    if (!text.includes(name) && !/\bstatic\b/.test(text)) wrong.push(`${name} (line ${line + 1})`);
  }
  return { wrong, checked };
}

let problems = 0;
let total = 0;
for (const name of packages) {
  const dist = resolve(root, 'packages', name, 'dist');
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    const file = resolve(entry.parentPath, entry.name);
    if (!entry.name.endsWith('.js') || !existsSync(`${file}.map`)) continue;
    const { wrong, checked } = check(file);
    total += checked;
    if (wrong.length) {
      problems++;
      console.error(
        `✗ ${file.slice(root.length + 1)}: the map points ${wrong.slice(0, 3).join(', ')} at the wrong line`,
      );
    }
  }
}
if (problems) process.exitCode = 1;
else console.log(`✓ source maps: ${total} names after the minified templates map to their source lines`);
