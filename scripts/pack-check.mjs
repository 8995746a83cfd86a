// Checks what `npm pack` would publish for every package, after `npm run build`: the built code and its types, the
// custom elements manifest, README and LICENSE (and the CDN files for the umbrella), every file that package.json
// points to, and nothing from src/ or tests or the build's own bookkeeping (the source maps carry the sources).
// Exits 1 and names each problem.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readmes, releaseOf } from './embed-version.mjs';
import { cdnFiles, elements, packageName, packages, umbrella, widgets } from './registry.mjs';
import { umbrellaExportProblems } from './umbrella-exports.mjs';

const root = resolve(import.meta.dirname, '..');

/** The editor data names every element, and an attribute that takes a few words lists them (layout: full…). */
function editorDataProblems() {
  const read = (name) => JSON.parse(readFileSync(resolve(root, 'packages/psy-widgets', name), 'utf8'));
  const tags = elements.map((el) => el.tag).sort();
  const html = read('vscode.html-custom-data.json').tags;
  const web = read('web-types.json').contributions.html.elements;
  const css = read('vscode.css-custom-data.json').properties.map((p) => p.name);
  const problems = [];
  for (const [file, list] of [
    ['VS Code HTML data', html],
    ['web-types.json', web],
  ]) {
    const names = list.map((t) => t.name).sort();
    if (names.join() !== tags.join()) problems.push(`${file} lists ${names.join(', ')}, not ${tags.join(', ')}`);
    const layout = list.find((t) => t.name === 'psy-explainer')?.attributes.find((a) => a.name === 'layout');
    if (
      (layout?.values ?? [])
        .map((v) => v.name)
        .sort()
        .join() !== 'accordion,full,summary'
    )
      problems.push(`${file} does not list psy-explainer's layouts`);
  }
  if (!css.includes('--psy-brand')) problems.push('VS Code CSS data does not list --psy-brand');
  return problems;
}

/** The files `npm pack` would put in the tarball, as paths relative to the package. */
function packedFiles(dir) {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out)[0].files.map((f) => f.path);
}

/** Every file a package.json field points to (exports, types, main, customElements), wildcards left out. */
function pointedTo(pkg) {
  const targets = [pkg.main, pkg.module, pkg.types, pkg.customElements, pkg['web-types']];
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(pkg.exports);
  return targets.filter((t) => t && !t.includes('*') && !t.startsWith('./src/')).map((t) => t.replace(/^\.\//, ''));
}

function problemsOf(name, pkg, files) {
  const has = (path) => files.includes(path);
  const problems = [];
  const required = ['package.json', 'README.md', 'LICENSE', 'custom-elements.json', 'dist/index.js', 'dist/index.d.ts'];
  if (pkg.name !== packageName(name))
    problems.push(`is named ${pkg.name}, not ${packageName(name)} as the registry says`);
  if (name === umbrella.folder) {
    required.push('dist/react.js', 'dist/react.d.ts', 'dist/jsx.d.ts');
    for (const framework of ['vue', 'svelte', 'preact', 'solid']) required.push(`dist/${framework}.d.ts`);
    required.push('vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json');
    if (pkg['web-types'] !== './web-types.json') problems.push('package.json has no web-types field');
    problems.push(...editorDataProblems());
    for (const { file } of cdnFiles) required.push(`cdn/${file}.js`);
    // a widget in the registry is installed with the umbrella, which imports it
    for (const w of widgets)
      if (!pkg.dependencies?.[packageName(w.folder)]) problems.push(`does not depend on ${packageName(w.folder)}`);
    problems.push(...umbrellaExportProblems());
  }
  for (const path of new Set([...required, ...pointedTo(pkg)])) if (!has(path)) problems.push(`missing ${path}`);
  for (const path of files) {
    if (/^(src|tests?|stories)\//.test(path) || /\.(test|stories)\.[jt]sx?$/.test(path) || /\.tsbuildinfo$/.test(path))
      problems.push(`should not ship ${path}`);
  }
  for (const js of files.filter((f) => f.startsWith('dist/') && f.endsWith('.js'))) {
    if (!has(js.replace(/\.js$/, '.d.ts'))) problems.push(`no types for ${js}`);
  }
  if (pkg.license !== 'MIT') problems.push(`license is ${pkg.license}, not MIT`);
  // a Vue, Svelte or plain-HTML install must not pull in React's packages: only `psy-widgets/react` needs them
  for (const reactOnly of ['@lit/react', 'react', '@types/react']) {
    if (pkg.dependencies?.[reactOnly]) problems.push(`dependencies list ${reactOnly}: make it an optional peer`);
    if (pkg.peerDependencies?.[reactOnly] && !pkg.peerDependenciesMeta?.[reactOnly]?.optional)
      problems.push(`peer ${reactOnly} is not optional`);
  }
  if (name === 'core') {
    // define() compares VERSION when a page loads two copies, so it must be the version being published
    const built = readFileSync(resolve(root, 'packages/core/dist/version.js'), 'utf8').match(
      /VERSION = '([^']+)'/,
    )?.[1];
    if (built !== pkg.version)
      problems.push(`dist/version.js says ${built}, package.json ${pkg.version} (npm run version)`);
  }
  return problems;
}

const results = packages.map((name) => {
  const dir = resolve(root, 'packages', name);
  const pkg = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8'));
  const files = packedFiles(dir);
  return { name: pkg.name, files, problems: problemsOf(name, pkg, files) };
});

// every embed address in the READMEs names the release (an address without a version upgrades pages silently)
const release = releaseOf(JSON.parse(readFileSync(resolve(root, 'packages/core/package.json'), 'utf8')).version);
const embeds = { name: 'README embeds', files: [], problems: [] };
for (const readme of readmes()) {
  for (const [address] of readFileSync(readme, 'utf8').matchAll(/npm\/psy-widgets[^/\s]*\/cdn\/[\w./-]+/g)) {
    embeds.files.push(address);
    if (!address.startsWith(`npm/psy-widgets@${release}/`))
      embeds.problems.push(`${readme.slice(root.length + 1)}: ${address} does not pin psy-widgets@${release}`);
  }
}
results.push(embeds);

for (const { name, files, problems } of results) {
  console.log(`${problems.length ? '✗' : '✓'} ${name}: ${files.length} files`);
  for (const problem of problems) console.log(`    ${problem}`);
}
if (results.some((r) => r.problems.length)) {
  const unbuilt = results.some((r) => r.problems.some((p) => p.startsWith('missing dist/')));
  console.error(`\npackaging check failed${unbuilt ? ' (run npm run build first)' : ''}`);
  process.exitCode = 1;
}
