// docs/recipes/eleventy and eleventy-transform: Eleventy 3 sites, one through @lit-labs/eleventy-plugin-lit and one
// through psy-widgets/ssr as a transform, build pages whose widgets are written out with their declarative shadow DOM
// and text. Run after `npm run build`.
import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { it } from 'node:test';
import { copyRecipe, startNode, textOf } from './site.mjs';

/** Builds the recipe's site and returns its index.html. */
async function build(recipe) {
  const dir = await copyRecipe(recipe);
  const eleventy = startNode(['node_modules/@11ty/eleventy/cmd.cjs'], { cwd: dir });
  assert.equal(await eleventy.exited, 0, eleventy.output());
  const html = await readFile(join(dir, '_site/index.html'), 'utf8');
  await rm(dir, { recursive: true, force: true }); // removes the node_modules link, not what it points to
  return html;
}

it('through Lit’s plugin, builds the page with the explainer and the urgent-help panel pre-rendered', async () => {
  const html = await build('eleventy');
  const shadowRoots = html.match(/<template shadowroot="open" shadowrootmode="open">/g) ?? [];
  assert.ok(shadowRoots.length >= 2, 'the explainer and the panel each have a shadow root');
  assert.match(html, /<psy-explainer\s+therapy="psychodynamic" layout="accordion"><template shadowroot/);
  assert.match(html, /<psy-help-now\s+region="GB"><template shadowroot/);
  const text = textOf(html);
  assert.match(text, /Psychodynamic therapy is a talking therapy/);
  assert.match(text, /Samaritans/);
  assert.match(html, /src="https:\/\/cdn\.jsdelivr\.net\/npm\/psy-widgets@[\d.]+\/cdn\/psy-widgets-hydrate\.js"/);
});

it('through the transform, builds the page with CBT’s explainer, stamped for hydration, and the script', async () => {
  const html = await build('eleventy-transform');
  assert.match(html, /<psy-explainer\s+therapy="cbt" layout="accordion" region="GB"><template shadowroot/);
  assert.match(html, /<psy-help-now\s+region="GB"><template shadowroot/);
  // the stamp the browser compares with its own before hydrating rather than rendering fresh
  assert.match(html, /<template shadowroot="open" shadowrootmode="open"><!--psy-ssr \d+\.\d+\.\d+ [0-9a-z]+-->/);
  const text = textOf(html);
  assert.match(text, /Cognitive behavioural therapy \(CBT\)/);
  assert.doesNotMatch(html, /aria-busy="true"/);
  assert.match(text, /Samaritans/);
  assert.match(html, /psy-widgets-hydrate\.js"><\/script>\n<\/body>/);
});
