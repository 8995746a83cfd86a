// Builds every package: ESM + .d.ts in dist/ (one module per source file, by tsc), a custom-elements.json (by the
// Custom Elements Manifest analyzer), and the umbrella's minified CDN files (by vite): one file per widget, with the
// parts it loads later (import()) in cdn/chunks/, fetched relative to it.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, parseAst } from 'vite';
import { baselineTargets, cdnEntries, packages } from './packages.mjs';
import { writeManifests } from './manifest.mjs';
import { writeJsxTypes } from './jsx-types.mjs';
import { writeFrameworkTypes } from './framework-types.mjs';
import { writeReactWrappers } from './react-wrappers.mjs';
import { writeEditorData } from './editor-data.mjs';
import { minifyTemplates, minifyTemplatesPlugin } from './minify-templates.mjs';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);

for (const name of packages) {
  const dir = resolve(root, 'packages', name);
  rmSync(resolve(dir, 'dist'), { recursive: true, force: true });
  execFileSync(bin('tsc'), ['-p', resolve(dir, 'tsconfig.build.json')], { stdio: 'inherit' });
  minifyDist(resolve(dir, 'dist'));
}
await writeManifests();
// React 19's JSX types (psy-widgets/jsx), React 18's wrappers and the Vue, Svelte, Preact and Solid types come from
// the manifests:
// recompile the umbrella when they changed
const jsxChanged = await writeJsxTypes();
const frameworksChanged = await writeFrameworkTypes();
const reactChanged = await writeReactWrappers(); // React 18's wrappers, likewise
if (jsxChanged || frameworksChanged || reactChanged) {
  execFileSync(bin('tsc'), ['-p', resolve(root, 'packages/psy-widgets/tsconfig.build.json')], { stdio: 'inherit' });
  minifyDist(resolve(root, 'packages/psy-widgets/dist'));
}
// VS Code and JetBrains data, with attribute values read from the built types
writeEditorData();

/**
 * tsc keeps the indentation of css``/html`` text, which bundlers then ship as it is: shrink it in the published
 * files, keeping every line where it was so the source maps still point at the right lines.
 */
function minifyDist(dir) {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = resolve(entry.parentPath, entry.name);
    const code = readFileSync(file, 'utf8');
    const minified = minifyTemplates(code, parseAst, { keepLines: true });
    if (minified !== code) writeFileSync(file, minified);
  }
}

const umbrella = resolve(root, 'packages/psy-widgets');
rmSync(resolve(umbrella, 'cdn'), { recursive: true, force: true });
for (const [file, entry] of Object.entries(cdnEntries)) {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: umbrella,
    // tsc keeps the indentation of css``/html`` text: about 0.5 kB gzip a file. Not in the file that hydrates
    // server-rendered widgets: Lit hydrates only templates that are exactly those the server rendered (from dist/)
    plugins: entry === 'hydrate' ? [] : [minifyTemplatesPlugin()],
    build: {
      // bundle the compiled dist/ files, so the CDN file is exactly what npm users get, Lit included
      lib: { entry: resolve(umbrella, `dist/cdn/${entry}.js`), formats: ['es'], fileName: () => `${file}.js` },
      outDir: resolve(umbrella, 'cdn'),
      emptyOutDir: false,
      minify: true,
      rolldownOptions: {
        // In the file with every element, the comparison already holds all the sources, so the explainer's import()
        // of the rest of them has nothing left to load later: that is expected, not worth a warning.
        onLog(level, log, handler) {
          if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && file.startsWith('psy-widgets')) return;
          handler(level, log);
        },
        // the entry may gain exports, so the modules it shares with its lazy parts stay in it: one file to load first
        preserveEntrySignatures: 'allow-extension',
        // lib mode leaves es output only partly minified; rolldown's own minifier does it fully
        // the hydrating file is one module, so that Lit's hydrate support runs before Lit (a chunk of its own, imported
        // statically, would run first)
        output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js', inlineDynamicImports: entry === 'hydrate' },
      },
      target: baselineTargets,
      sourcemap: false,
      copyPublicDir: false,
    },
  });
}
// the stylesheet that keeps a place for each widget until its script has run (no flash, no layout shift)
copyFileSync(resolve(umbrella, 'src/psy-widgets.css'), resolve(umbrella, 'cdn/psy-widgets.css'));
console.log(`built ${packages.length} packages and ${Object.keys(cdnEntries).length} CDN files`);
// fails the build when anything built holds syntax the baseline browsers cannot parse
await import('./baseline-check.mjs');
