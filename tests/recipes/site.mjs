// Builds the tiny sites of docs/recipes/ in temporary folders that reuse the repository's node_modules, as a clinic's
// own site would use an installed psy-widgets.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A copy of `docs/recipes/<name>` in a new temporary folder, with the repository's node_modules linked in. */
export async function copyRecipe(name) {
  const dir = await mkdtemp(join(tmpdir(), `psy-recipe-${name}-`));
  await cp(join(ROOT, 'docs/recipes', name), dir, { recursive: true });
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Starts `node <args>` in `cwd`; `output()` is everything it has printed so far. */
export function startNode(args, { cwd, env = {} }) {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env } });
  let printed = '';
  child.stdout.on('data', (chunk) => (printed += chunk));
  child.stderr.on('data', (chunk) => (printed += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => printed };
}

/** Resolves with the first match of `pattern` in what the process prints, or rejects when it exits first. */
export function waitForOutput({ child, exited, output }, pattern) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = output().match(pattern);
      if (match) resolve(match);
    };
    child.stdout.on('data', check);
    exited.then((code) => reject(new Error(`exited with ${code} before printing ${pattern}:\n${output()}`)));
    check();
  });
}

/** What a reader would see: the text of the HTML, without styles, scripts, tags or Lit's markers. */
export const textOf = (html) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ');
