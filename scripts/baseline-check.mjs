// Checks that the built JavaScript (every package's dist/ and the CDN files) parses in the stated baseline browsers:
// no syntax newer than Safari/iOS 15.4, Chrome/Edge 100 and Firefox 100 accept. Exits 1 and names each place.
import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseAst } from 'vite';
import { packages } from './registry.mjs';

const root = resolve(import.meta.dirname, '..');

/** Syntax the baseline lacks, each with the first versions that parse it. */
const tooNew = [
  {
    name: 'a class static block',
    since: 'Safari 16.4, Chrome 94, Firefox 93',
    matches: (node) => node.type === 'StaticBlock',
  },
  {
    name: "a regular expression with the 'v' flag",
    since: 'Safari 17, Chrome 112, Firefox 116',
    matches: (node) => node.type === 'Literal' && node.regex?.flags.includes('v'),
  },
  {
    name: 'a using declaration',
    since: 'not in Safari yet',
    matches: (node) => node.type === 'VariableDeclaration' && /using/.test(node.kind),
  },
];

function* nodes(value) {
  if (Array.isArray(value)) {
    for (const item of value) yield* nodes(item);
  } else if (value && typeof value === 'object') {
    if (typeof value.type === 'string') yield value;
    for (const key in value) if (key !== 'type') yield* nodes(value[key]);
  }
}

/** Line number of a character offset, for the message. */
const lineOf = (code, offset) => code.slice(0, offset).split('\n').length;

function baselineProblems(files) {
  const problems = [];
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    for (const node of nodes(parseAst(code))) {
      for (const syntax of tooNew) {
        if (syntax.matches(node)) {
          problems.push(
            `${relative(root, file)}:${lineOf(code, node.start)}: ${syntax.name} (parsed only from ${syntax.since})`,
          );
        }
      }
    }
  }
  return problems;
}

const builtFiles = packages.flatMap((name) =>
  ['dist', 'cdn'].flatMap((folder) => {
    const dir = resolve(root, 'packages', name, folder);
    try {
      return readdirSync(dir, { recursive: true })
        .filter((path) => path.endsWith('.js'))
        .map((path) => resolve(dir, path));
    } catch {
      return [];
    }
  }),
);

const problems = baselineProblems(builtFiles);
if (problems.length > 0) {
  console.error(
    `Built code the baseline browsers (Safari/iOS 15.4, Chrome/Edge 100, Firefox 100) cannot parse:\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(
  `baseline: ${builtFiles.length} built files hold no syntax newer than Safari 15.4, Chrome 100, Firefox 100`,
);
