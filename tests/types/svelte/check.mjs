// Runs svelte-check over this folder: Explainer.svelte must pass, and WrongLayout.svelte must fail for its layout
// (svelte markup has no @ts-expect-error, so the expected error is checked here). Exits 1 otherwise.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const dir = import.meta.dirname;
const bin = resolve(dir, '../../../node_modules/.bin/svelte-check');
const run = spawnSync(bin, ['--tsconfig', './tsconfig.json', '--output', 'machine'], { cwd: dir, encoding: 'utf8' });
const errors = run.stdout.split('\n').filter((line) => / ERROR /.test(line));
const expected = errors.filter((line) => line.includes('"WrongLayout.svelte"') && line.includes('carousel'));
if (run.status === null || errors.length !== 1 || expected.length !== 1) {
  console.error(
    `svelte-check: expected one error, for layout="carousel" in WrongLayout.svelte; got:\n${run.stdout}${run.stderr}`,
  );
  process.exitCode = 1;
} else console.log('svelte-check: psy-widgets/svelte types the markup; layout="carousel" fails');
