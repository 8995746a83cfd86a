// Builds every package in the registry (scripts/registry.mjs): ESM + .d.ts in dist/ (one module per source file, by
// tsc), a custom-elements.json (by the Custom Elements Manifest analyzer), and the umbrella's minified CDN files (by
// vite): one with every element and one per widget, with the parts each loads later (import()) in cdn/chunks/,
// fetched relative to it, and the stylesheet that keeps the widgets' places.
// `--only <folder>` builds one widget's package after a full build (`npm run test:new-widget` uses it): that package
// and the umbrella are compiled, the other manifests are read as they are, and only that widget's CDN file is made.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, parseAst } from 'vite';
import { baselineTargets, cdnFiles, hydrateCdn, packages } from './registry.mjs';
import { writeManifests } from './manifest.mjs';
import { writeJsxTypes } from './jsx-types.mjs';
import { writeFrameworkTypes } from './framework-types.mjs';
import { writeReactWrappers } from './react-wrappers.mjs';
import { writeEditorData } from './editor-data.mjs';
import { writeStylesheet } from './stylesheet.mjs';
import { writeUmbrellaWidgets } from './umbrella.mjs';
import remapping from '@jridgewell/remapping';
import MagicString from 'magic-string';
import { templateEdits } from './minify-templates.mjs';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1] : null;
if (only && !cdnFiles.some(({ widget }) => widget?.folder === only)) throw new Error(`--only ${only}: no such widget`);
const built = only ? [only, 'psy-widgets'] : packages;

/** Compiles a package to dist/ (ESM, types and source maps), with its template text shrunk. */
function compile(name) {
  const dir = resolve(root, 'packages', name);
  rmSync(resolve(dir, 'dist'), { recursive: true, force: true });
  execFileSync(bin('tsc'), ['-p', resolve(dir, 'tsconfig.build.json')], { stdio: 'inherit' });
  minifyDist(resolve(dir, 'dist'));
}

await writeUmbrellaWidgets(); // the umbrella imports every widget in the registry through src/widgets.ts
for (const name of built) if (name !== 'psy-widgets') compile(name);
await writeManifests({ only: only && built });
// The umbrella's sources that come from the manifests, then the umbrella itself: React 19's JSX types
// (psy-widgets/jsx), React 18's wrappers and the Vue, Svelte, Preact and Solid types
await writeJsxTypes();
await writeFrameworkTypes();
await writeReactWrappers();
compile('psy-widgets');
// VS Code and JetBrains data, with attribute values read from the built types
writeEditorData();

/**
 * tsc keeps the indentation and line breaks of css``/html`` text, which bundlers then ship as they are: shrink it in
 * the published files, as in the CDN files, and carry each file's source map through the edit so that it still points
 * at the right place in the sources (`npm run test:pack` checks that it does).
 */
function minifyDist(dir) {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = resolve(entry.parentPath, entry.name);
    const code = readFileSync(file, 'utf8');
    const edits = templateEdits(code, parseAst);
    if (!edits.length) continue;
    const edited = new MagicString(code);
    for (const [start, end, text] of edits) edited.overwrite(start, end, text);
    writeFileSync(file, edited.toString());
    const mapFile = `${file}.map`;
    if (!existsSync(mapFile)) continue;
    const tscMap = JSON.parse(readFileSync(mapFile, 'utf8'));
    const editMap = edited.generateMap({ hires: 'boundary', source: entry.name, includeContent: false });
    const map = remapping([editMap, tscMap], () => null);
    writeFileSync(mapFile, JSON.stringify({ ...map, file: tscMap.file }));
  }
}

const umbrella = resolve(root, 'packages/psy-widgets');
if (!only) rmSync(resolve(umbrella, 'cdn'), { recursive: true, force: true });
const builds = [...cdnFiles, ...(only ? [] : [{ file: hydrateCdn.file, widget: null, hydrate: true }])];
for (const { file, widget, hydrate } of builds.filter(
  ({ widget, hydrate }) => !only || hydrate || widget?.folder === only,
)) {
  // the CDN file with everything registers what the umbrella's index does; a widget's what its package's index does;
  // the hydrating file loads Lit's hydrate support (dist/ssr-client.js) before everything
  const entry = resolve(umbrella, 'cdn-entry.js'); // a module of this build only (vite resolves lib entries as paths)
  const modules = [resolve(root, 'packages', widget?.folder ?? 'psy-widgets', 'dist/index.js')];
  if (hydrate) modules.unshift(resolve(umbrella, 'dist/ssr-client.js'));
  const code = modules.map((m) => `import ${JSON.stringify(m)};`).join('\n');
  await build({
    configFile: false,
    logLevel: 'warn',
    root: umbrella,
    plugins: [
      {
        name: 'psy-cdn-entry',
        resolveId: (id) => (id === entry ? id : null),
        load: (id) => (id === entry ? code : null),
      },
    ],
    build: {
      // bundle the compiled dist/ files, so the CDN file is exactly what npm users get, Lit included
      lib: { entry, formats: ['es'], fileName: () => `${file}.js` },
      outDir: resolve(umbrella, 'cdn'),
      emptyOutDir: false,
      minify: true,
      rolldownOptions: {
        // In the file with every element, the comparison already holds all the sources, so the explainer's import()
        // of the rest of them has nothing left to load later: that is expected, not worth a warning.
        onLog(level, log, handler) {
          if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && !widget) return;
          handler(level, log);
        },
        // the entry may gain exports, so the modules it shares with its lazy parts stay in it: one file to load first
        preserveEntrySignatures: 'allow-extension',
        // lib mode leaves es output only partly minified; rolldown's own minifier does it fully
        // the hydrating file is one module, so that Lit's hydrate support runs before Lit (a chunk of its own, imported
        // statically, would run first)
        output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js', ...(hydrate && { codeSplitting: false }) },
      },
      target: baselineTargets,
      sourcemap: false,
      copyPublicDir: false,
    },
  });
}
// the stylesheet that keeps a place for each widget until its script has run (no flash, no layout shift)
await writeStylesheet();
copyFileSync(resolve(umbrella, 'src/psy-widgets.css'), resolve(umbrella, 'cdn/psy-widgets.css'));
console.log(`built ${built.length} packages and ${only ? 1 : cdnFiles.length} CDN files`);
// fails the build when anything built holds syntax the baseline browsers cannot parse
await import('./baseline-check.mjs');
