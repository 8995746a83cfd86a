// `npm run release:check`: the release steps of the README, rehearsed from a clean clone of this checkout's HEAD in a
// temporary folder: install, `npm run version` (changeset version, VERSION and the embed addresses kept in step), build,
// the packaging check, and `npm publish --dry-run` for every package. Nothing is published and this checkout is left
// as it is. Exits 1 naming the step that failed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { packages } from './registry.mjs';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'psy-release-'));
const run = (what, command, args, cwd = dir) => {
  console.log(`\n== ${what}: ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, CI: 'true' } });
};
try {
  run('clone', 'git', ['clone', '--quiet', '--no-hardlinks', root, dir], root);
  run('install', 'npm', ['install', '--no-audit', '--no-fund']);
  run('version', 'npm', ['run', 'version']);
  const versions = packages.map(
    (name) => JSON.parse(readFileSync(join(dir, 'packages', name, 'package.json'), 'utf8')).version,
  );
  if (new Set(versions).size !== 1) throw new Error(`the packages got different versions: ${versions.join(', ')}`);
  console.log(`\nevery package is at ${versions[0]}`);
  run('build', 'npm', ['run', 'build']);
  run('packaging check', 'npm', ['run', 'test:pack']);
  for (const name of packages)
    run(`publish ${name}, dry run`, 'npm', ['publish', '--dry-run', '-w', `packages/${name}`]);
  console.log(`\nrelease rehearsal passed: ${packages.length} packages would publish at ${versions[0]}`);
} catch (error) {
  console.error(`\nrelease rehearsal failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
