// `npm run size`: the gzip size (zlib level 9; kB = 1000 bytes) of every entry a page or bundler loads, against its
// budget, after `npm run build`. Budgets are the product's goals and count what a page loads before the widget first
// renders (the entry chunk and what it imports statically); the parts loaded later with import() are listed beside
// it, with what they hold. Of those, only the positioning library has a budget of its own (it is fetched as a
// visitor first hovers a glossary term). Exits 1 when an entry is missing or over its budget. The entries and their
// budgets come from the registry (scripts/registry.mjs).
// `npm run size -- --only <text>`: only the entries whose name holds the text.
// `npm run size -- --why [name]`: where a widget's bytes go (by package and by module), and what minifying the
// template text would save.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as viteBuild, parseAst } from 'vite';
import { cdnFiles, packageName, parts, umbrella, widgets as registered } from './registry.mjs';

const root = resolve(import.meta.dirname, '..');
const at = (path) => resolve(root, path);
const gzip = (code) => gzipSync(code, { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

const widgets = registered.map((w) => ({
  name: packageName(w.folder),
  file: `packages/${w.folder}/dist/index.js`,
  budget: w.budget,
}));
const entries = [
  ...widgets,
  { name: 'psy-widgets (everything)', file: `packages/${umbrella.folder}/dist/index.js`, budget: umbrella.budget },
  ...cdnFiles.map(({ file, budget }) => ({
    name: `cdn/${file}.js`,
    file: `packages/${umbrella.folder}/cdn/${file}.js`,
    budget,
    built: true,
  })),
  ...parts.map((p) => ({ name: `<${p.tag}> alone`, file: `packages/core/dist/define/${p.tag}.js` })),
  { name: '@psy-widgets/content (all)', file: 'packages/content/dist/index.js' },
  ...packModules().map((m) => ({ name: `content en-GB/${m}`, file: `packages/content/dist/packs/en-GB/${m}` })),
];

function packModules() {
  const dir = at('packages/content/dist/packs/en-GB');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')) : [];
}

/**
 * Bundles `file` as a page's app would, with Vite (Rollup's chunking, as webpack's): an app entry that imports the
 * entry and uses all it exports (or, given `code`, that code), minified and split at each import(). `initial` is what
 * a page loads first (the entry chunk and the chunks it imports statically), `lazy` the rest. A module the first load
 * already holds stays there, as Vite, Rollup and webpack do, rather than moving to a chunk of its own (esbuild's
 * splitting does that, and makes files other bundlers do not).
 */
async function bundle(file, plugins = [], { code } = {}) {
  const app = '\0psy-size-app';
  const output = await viteBuild({
    configFile: false,
    logLevel: 'silent',
    root,
    // the published dist/ files, as users get them (workspace packages resolve through their exports to dist/)
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [
      {
        name: 'psy-size-app',
        resolveId: (id) => (id === app ? id : null),
        // the app keeps everything the entry exports, as a page using all of it would
        load: (id) =>
          id !== app ? null : (code ?? `import * as all from ${JSON.stringify(at(file))};\nglobalThis.psy = all;`),
      },
      ...plugins,
    ],
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      sourcemap: false,
      modulePreload: false,
      copyPublicDir: false,
      rolldownOptions: { input: app, output: { minify: true } },
    },
  });
  const files = (Array.isArray(output) ? output[0] : output).output.filter((o) => o.type === 'chunk');
  const path = (fileName) => at(`.size-out/${fileName}`);
  const chunks = new Map(
    files.map((f) => [
      path(f.fileName),
      {
        code: Buffer.from(f.code),
        entry: f.isEntry,
        inputs: Object.fromEntries(
          Object.entries(f.modules)
            .filter(([id]) => id !== app)
            .map(([id, m]) => [id, { bytesInOutput: m.renderedLength }]),
        ),
        statics: f.imports.map(path),
      },
    ]),
  );
  return split(chunks, [...chunks].find(([, c]) => c.entry)[0]);
}

/** Splits chunks ({ code, statics }, by path) into those loaded with `entry` and those loaded later. */
function split(chunks, entry) {
  const initial = new Set();
  const visit = (path) => {
    if (initial.has(path) || !chunks.has(path)) return;
    initial.add(path);
    chunks.get(path).statics.forEach(visit);
  };
  visit(entry);
  const pick = (keep) =>
    [...chunks].filter(([path]) => initial.has(path) === keep).map(([path, c]) => ({ path, ...c }));
  const sum = (list, f) => list.reduce((total, c) => total + f(c), 0);
  const first = pick(true);
  return {
    initial: first,
    lazy: pick(false),
    min: sum(first, (c) => c.code.length),
    gzip: sum(first, (c) => gzip(c.code)),
    // one string for byte comparisons (--why), in load order
    code: Buffer.concat(first.map((c) => c.code)),
  };
}

/** A built CDN file and the chunks beside it, by what the code imports (parsed, statically or with import()). */
function builtChunks(file) {
  const chunks = new Map();
  const read = (path) => {
    if (chunks.has(path) || !existsSync(path)) return;
    const code = readFileSync(path);
    const statics = [];
    const dynamics = [];
    const walk = (node) => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(walk);
      const source = node.type === 'ImportExpression' && node.source;
      if (source?.type === 'Literal') dynamics.push(source.value);
      if (source?.type === 'TemplateLiteral' && !source.expressions.length)
        dynamics.push(source.quasis[0].value.cooked);
      if (/^(Import|ExportNamed|ExportAll)Declaration$/.test(node.type) && node.source) statics.push(node.source.value);
      for (const key in node) if (key !== 'type') walk(node[key]);
    };
    walk(parseAst(code.toString()).body);
    const near = (spec) => resolve(dirname(path), spec);
    chunks.set(path, { code, statics: statics.map(near), inputs: {} });
    [...statics, ...dynamics].map(near).forEach(read);
  };
  read(at(file));
  return split(chunks, at(file));
}

async function measure(entry) {
  if (!existsSync(at(entry.file))) return { ...entry, missing: true };
  const { min, gzip: size, lazy } = entry.built ? builtChunks(entry.file) : await bundle(entry.file);
  return {
    ...entry,
    min,
    gzip: size,
    lazy: lazy.map((c) => ({
      chunk: relative(root, c.path).replace(/^(\.size-out|packages\/psy-widgets)\//, ''),
      gzip: gzip(c.code),
      holds: holds(c),
    })),
  };
}

/** What a chunk holds: its packages, largest first (for built CDN chunks, which carry no metadata: its name). */
function holds(chunk) {
  const groups = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(chunk.inputs)) {
    const group = groupOf(path);
    groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
  }
  return groups.size
    ? [...groups]
        .sort((a, b) => b[1] - a[1])
        .map(([group]) => group)
        .join(', ')
    : '';
}

// The floor: a minimal Lit element, bundled the same way.
const litFloor = async () =>
  (
    await bundle(null, [], {
      code: `import { LitElement, html, css } from 'lit';
        class X extends LitElement { static styles = css\`:host{display:block}\`; render() { return html\`<p>Hi</p>\`; } }
        customElements.define('x-floor', X);`,
    })
  ).gzip;

const failed = (r) => r.budget && (r.missing || r.gzip > r.budget);
const verdict = (r) => (r.gzip > r.budget ? `OVER budget by ${r.gzip - r.budget} B` : 'ok');

// The lazy chunk that positions a glossary term's popover: only the functions psy-term uses, not the whole library.
const positioningBudget = 6_000;
const isPositioning = (chunk) => /@floating-ui/.test(chunk.holds) || /(^|\/)floating-[\w-]+\.js$/.test(chunk.chunk);

function table(rows) {
  const cells = rows.map((r) => [
    r.name,
    r.missing ? 'missing' : kB(r.min),
    r.missing ? '' : kB(r.gzip),
    r.lazy?.length ? kB(r.lazy.reduce((total, c) => total + c.gzip, 0)) : '',
    r.budget ? kB(r.budget) : '',
    r.missing ? 'run npm run build' : !r.budget ? '' : verdict(r),
  ]);
  const head = ['entry', 'minified', 'gzip', 'lazy gzip', 'budget', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((v, i) => (i === 0 || i === 5 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

// ---- --why: where the bytes go ----

const groupOf = (path) => {
  const p = path.replaceAll('\\', '/');
  if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(p)) return 'lit';
  const dep = p.match(/node_modules\/((@[^/]+\/)?[^/]+)\//);
  if (dep) return dep[1];
  const own = p.match(/packages\/([^/]+)\/(?:dist|src)\/(packs\/)?/);
  if (own) return own[2] ? `${own[1]} (default pack)` : own[1];
  return p;
};

// Leaves one group out of the bundle, its modules replaced by stubs with the same exports: the size difference is
// what that group costs, gzipped with the rest (with whatever only it imports).
const stubbed = (group) => ({
  name: 'stubbed',
  load(id) {
    if (id.startsWith('\0') || !/\.[cm]?js$/.test(id) || groupOf(id) !== group) return null; // \0: bundler's own
    const names = new Set();
    const kept = [];
    const code = readFileSync(id, 'utf8');
    for (const node of parseAst(code).body) {
      if (node.type === 'ExportAllDeclaration') kept.push(code.slice(node.start, node.end));
      if (node.type === 'ExportDefaultDeclaration') names.add('default');
      if (node.type !== 'ExportNamedDeclaration') continue;
      for (const s of node.specifiers) names.add(s.exported.name ?? s.exported.value);
      const d = node.declaration;
      if (d?.id) names.add(d.id.name);
      for (const v of d?.declarations ?? []) if (v.id.type === 'Identifier') names.add(v.id.name);
    }
    const stubs = [...names].map((n, i) => `const s${i} = void 0; export { s${i} as ${JSON.stringify(n)} };`);
    return [...kept, ...stubs].join('\n');
  },
});

async function why(entry) {
  const { initial, lazy, gzip: total, min } = await bundle(entry.file);
  const inputs = initial
    .flatMap((c) => Object.entries(c.inputs))
    .map(([path, { bytesInOutput }]) => ({ path, group: groupOf(path), bytes: bytesInOutput }))
    .filter((m) => m.bytes > 0);
  const groups = new Map();
  for (const m of inputs) groups.set(m.group, (groups.get(m.group) ?? 0) + m.bytes);
  console.log(`\n${entry.name}: ${kB(total)} gzip, ${kB(min)} minified, before the first render`);
  console.log('  by package: minified, and what leaving it out (with what only it imports) saves in gzip:');
  const own = groupOf(at(entry.file));
  for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) {
    const cost = group === own ? '' : kB(total - (await bundle(entry.file, [stubbed(group)])).gzip) + ' gzip';
    console.log(`    ${group.padEnd(34)} ${kB(bytes).padStart(8)}  ${cost.padStart(13)}`);
  }
  console.log('  largest modules (minified):');
  for (const m of inputs.sort((a, b) => b.bytes - a.bytes).slice(0, 12)) {
    console.log(
      `    ${relative(root, m.path)
        .replace(/^node_modules\//, '')
        .padEnd(58)} ${kB(m.bytes).padStart(8)}`,
    );
  }
  console.log('  loaded later, with import() (gzip):');
  for (const c of lazy) console.log(`    ${kB(gzip(c.code)).padStart(8)}  ${holds(c)}`);
}

const args = process.argv.slice(2);
if (args[0] === '--why') {
  const chosen = entries.filter((e) => !e.built && (!args[1] || e.name.includes(args[1])));
  for (const entry of args[1] ? chosen : widgets) {
    if (existsSync(at(entry.file))) await why(entry);
    else console.log(`\n${entry.name}: not built (run npm run build)`);
  }
} else {
  // `--only <text>`: the entries whose name holds it (a new widget's, say), without the positioning chunk's check
  const only = args[0] === '--only' ? args[1] : null;
  const rows = await Promise.all(entries.filter((e) => !only || e.name.includes(only)).map(measure));
  console.log('gzip -9 (zlib), kB = 1000 bytes; widget entries bundled from dist/ with Lit and default content\n');
  console.log(table(rows));
  console.log('\nloaded later, with import() (gzip, not budgeted):');
  for (const r of rows.filter((r) => r.lazy?.length && r.budget)) {
    console.log(`  ${r.name}`);
    for (const c of r.lazy) console.log(`    ${kB(c.gzip).padStart(8)}  ${c.holds || c.chunk}`);
  }
  console.log(
    `\nfloors for reference: a minimal Lit element ${kB(await litFloor())} here (6.1 kB in design.md); ` +
      'Shoelace sl-details 14.1 kB, sl-tooltip 20.0 kB (design.md)',
  );
  if (!only) writeFileSync(at('.size-report.json'), JSON.stringify(rows, null, 2) + '\n');
  const positioning = rows.flatMap((r) => (r.lazy ?? []).filter(isPositioning).map((c) => ({ entry: r.name, ...c })));
  console.log(`\npositioning chunk (budget ${kB(positioningBudget)}):`);
  for (const c of positioning) console.log(`  ${kB(c.gzip).padStart(8)}  ${c.entry}: ${c.chunk}`);
  const heavy = positioning.filter((c) => c.gzip > positioningBudget);
  const bad = rows.filter(failed);
  if (bad.length || heavy.length || (!positioning.length && !only) || !rows.length) {
    const names = [...bad.map((r) => r.name), ...heavy.map((c) => `${c.entry}'s ${c.chunk}`)];
    if (!positioning.length && !only) names.push('no positioning chunk found');
    if (!rows.length) names.push(`no entry named like ${only}`);
    console.error(`\nover budget or missing: ${names.join(', ')}`);
    process.exitCode = 1;
  }
}
