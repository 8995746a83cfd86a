// `npm run build:demo`'s output, checked as a static host serves it: every page of demo/dist/ (the clinic pages, the
// embed configurator, Storybook and one of its stories) loads from a sub-folder of the host with no console error,
// no script error and no missing file. Run after `npm run build:demo` (npm test does both).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import puppeteer from 'puppeteer-core';
import { pages, widgetsReady } from './demo-server.mjs';

const dist = resolve(import.meta.dirname, '../../demo/dist');
const folder = '/psy-demo/'; // not the host's root: every address in the site must be relative
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/** A plain static host: files as they are, a folder's index.html, 404 for anything else. */
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
  let file = path.startsWith(folder) ? join(dist, path.slice(folder.length)) : '';
  if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file || !(file === dist || file.startsWith(dist + sep)) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}${folder}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const problems = [];
try {
  const story = JSON.parse(await (await fetch(`${base}storybook/index.json`)).text());
  const firstStory = Object.values(story.entries).find((entry) => entry.type === 'story');
  const targets = [
    ...pages.map((name) => ({ url: `${base}${name === 'index' ? '' : `${name}.html`}`, widgets: true })),
    { url: `${base}storybook/` },
    { url: `${base}storybook/iframe.html?id=${firstStory.id}&viewMode=story`, widgets: true },
  ];
  for (const { url, widgets } of targets) {
    const page = await browser.newPage();
    const seen = [];
    page.on('console', (message) => {
      const where = message.location()?.url ?? '';
      if (message.type() === 'error' && !where.endsWith('/favicon.ico')) seen.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => seen.push(`script error: ${error.message}`));
    page.on('requestfailed', (request) => seen.push(`failed: ${request.url()}`));
    page.on('response', (response) => {
      // the browser's own guess at an icon, at the host's root, is not a file the site asks for
      if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico') {
        seen.push(`${response.status()}: ${response.url()}`);
      }
    });
    try {
      await page.goto(url, { waitUntil: 'networkidle0', timeout: 20_000 });
      if (widgets) await page.waitForFunction(widgetsReady, { timeout: 10_000 });
    } catch (error) {
      seen.push(`did not finish loading: ${error.message}`);
    }
    const count = widgets ? await page.evaluate(() => document.querySelectorAll('*').length) : 0;
    console.log(
      `${seen.length ? 'FAIL' : 'ok  '}  ${url.slice(base.length) || '(home)'}${widgets ? ` (${count} elements)` : ''}`,
    );
    problems.push(...seen.map((line) => `${url}: ${line}`));
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(`\nthe built demo site has ${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exitCode = 1;
} else {
  console.log(`\nthe built demo site loads cleanly from a sub-folder (${base})`);
}
