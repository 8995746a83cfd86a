// `npm run test:new-widget` (in `npm test`, after the build): proves that a widget needs only its package folder, its
// tests and stories, and one registry entry. In a temporary copy of the workspace (node_modules linked, not copied;
// removed afterwards, so this checkout is never touched), it makes a throwaway widget from templates/widget/ with
// scripts/new-widget.mjs, builds it with `build.mjs --only`, and checks that it reached the CDN file, the manifests,
// the JSX types, the stylesheet that keeps its place, and the size table. Exits 1 and names each place it missed.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { newWidget } from './new-widget.mjs';

const root = resolve(import.meta.dirname, '..');
const name = 'throwaway-card';
const tag = `psy-${name}`;
const started = Date.now();

/** The workspace as it is now (built packages included), without node_modules, git or other build output. */
function copyWorkspace(to) {
  const skip = new Set(['node_modules', '.git', 'storybook-static', 'coverage', '.tmp']);
  cpSync(root, to, {
    recursive: true,
    filter: (path) => {
      const rel = path.slice(root.length + 1);
      return !skip.has(rel.split('/')[0]) && !rel.startsWith('demo/dist') && !/(^|\/)node_modules(\/|$)/.test(rel);
    },
  });
  // every installed package is linked; the workspace's own packages are linked into the copy by linkPackages
  mkdirSync(join(to, 'node_modules/@psy-widgets'), { recursive: true });
  for (const entry of readdirSync(resolve(root, 'node_modules'))) {
    if (entry === '@psy-widgets' || entry === 'psy-widgets') continue;
    symlinkSync(resolve(root, 'node_modules', entry), join(to, 'node_modules', entry));
  }
  // a package's own dependencies, where their versions differ from the root's (the umbrella's newer parse5)
  for (const folder of readdirSync(resolve(root, 'packages'))) {
    const own = resolve(root, 'packages', folder, 'node_modules');
    if (existsSync(own)) symlinkSync(own, join(to, 'packages', folder, 'node_modules'));
  }
}

/** Links every workspace package of the copy, as `npm install` does. */
function linkPackages(to) {
  for (const folder of readdirSync(join(to, 'packages'))) {
    const link = folder === 'psy-widgets' ? 'node_modules/psy-widgets' : `node_modules/@psy-widgets/${folder}`;
    symlinkSync(join(to, 'packages', folder), join(to, link));
  }
}

function check(dir) {
  const problems = [];
  const read = (path) => (existsSync(join(dir, path)) ? readFileSync(join(dir, path), 'utf8') : '');
  const cdn = read(`packages/psy-widgets/cdn/${tag}.js`);
  if (!cdn.includes(`"${tag}"`) && !cdn.includes(`'${tag}'`) && !cdn.includes(`\`${tag}\``))
    problems.push(`the CDN file cdn/${tag}.js does not register <${tag}>`);
  const manifest = JSON.parse(read(`packages/${name}/custom-elements.json`) || '{"modules":[]}');
  if (!manifest.modules.some((m) => m.declarations?.some((d) => d.tagName === tag)))
    problems.push(`packages/${name}/custom-elements.json does not declare <${tag}>`);
  const umbrella = JSON.parse(read('packages/psy-widgets/custom-elements.json') || '{"modules":[]}');
  if (!umbrella.modules.some((m) => m.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === tag)))
    problems.push(`psy-widgets' custom-elements.json does not reference <${tag}>`);
  if (!read('packages/psy-widgets/src/jsx.ts').includes(`'${tag}': PsyElementProps<`))
    problems.push(`psy-widgets/jsx has no JSX type for <${tag}>`);
  if (!read('packages/psy-widgets/src/psy-widgets.css').includes(`${tag}:not(:defined)`))
    problems.push(`psy-widgets.css keeps no place for <${tag}>`);
  let size;
  try {
    size = execFileSync('node', ['scripts/size.mjs', '--only', name], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    size = `${error.stdout}${error.stderr}`; // over budget: the rows say so
  }
  for (const entry of [`@psy-widgets/${name}`, `cdn/${tag}.js`]) {
    const row = size.split('\n').find((line) => line.startsWith(`${entry} `));
    if (!row) problems.push(`the size table has no row for ${entry}`);
    else if (!/ ok\s*$/.test(row)) problems.push(`the size table says: ${row.trim()}`);
  }
  return problems;
}

const dir = mkdtempSync(join(tmpdir(), 'psy-new-widget-'));
let problems;
try {
  if (!existsSync(resolve(root, 'packages/core/dist/index.js'))) throw new Error('run npm run build first');
  copyWorkspace(dir);
  newWidget(dir, name, 'A card used only to check that a new widget reaches every place the build writes.');
  linkPackages(dir);
  try {
    execFileSync('node', ['scripts/build.mjs', '--only', name], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    throw new Error(`the build of a widget made from the template failed:\n${error.stdout}${error.stderr}`, {
      cause: error,
    });
  }
  problems = check(dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const seconds = Math.round((Date.now() - started) / 1000);
if (problems.length) {
  console.error(`✗ a new widget from templates/widget/ missed:\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
} else
  console.log(
    `✓ <${tag}>, made from templates/widget/ and one registry entry, reached its CDN file, the manifests, the JSX ` +
      `types, psy-widgets.css and the size table (${seconds} s)`,
  );
