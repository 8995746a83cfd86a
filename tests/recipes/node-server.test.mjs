// docs/recipes/node-server: a node:http server that calls render() per request serves its widgets pre-rendered.
// Run after `npm run build`.
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { after, before, it } from 'node:test';
import { copyRecipe, startNode, textOf, waitForOutput } from './site.mjs';

let dir;
let server;
let address;

before(async () => {
  dir = await copyRecipe('node-server');
  server = startNode(['server.mjs'], { cwd: dir, env: { PORT: '0' } });
  [, address] = await waitForOutput(server, /Serving on (http:\/\/\S+)/);
});

after(async () => {
  server.child.kill();
  await server.exited;
  await rm(dir, { recursive: true, force: true }); // removes the node_modules link, not what it points to
});

it('serves the page with the explainer and urgent help pre-rendered, JSON-LD and the hydrating script', async () => {
  const response = await fetch(address);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^text\/html/);
  const html = await response.text();
  assert.ok(html.startsWith('<!doctype html>'));
  assert.match(html, /<psy-explainer\s+therapy="cbt" layout="accordion" region="GB"><template shadowroot/);
  assert.match(html, /<psy-help-now\s+region="GB"><template shadowroot/);
  const text = textOf(html);
  assert.match(text, /Cognitive behavioural therapy \(CBT\)/);
  assert.match(text, /Samaritans/);
  assert.match(html, /<script type="application\/ld\+json">/);
  assert.match(html, /psy-widgets-hydrate\.js"><\/script>\n<\/body>/);
});

it('answers other addresses with 404', async () => {
  const response = await fetch(new URL('/nope', address));
  assert.equal(response.status, 404);
});
