// `npm run screenshots` (after `npm run build`): the README's pictures of each widget, taken in headless Chromium
// from the built CDN file, at a phone width and at a desktop width, as a clinic's page would show them.
import { createReadStream, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'docs/screenshots');
const types = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };

const page = (body, scheme) => `<!doctype html>
<html lang="en-GB" style="color-scheme: ${scheme}">
  <head>
    <link rel="stylesheet" href="/cdn/psy-widgets.css" />
    <script type="module" src="/cdn/psy-widgets.js"></script>
    <style>
      body { margin: 0; padding: 24px; font: 17px/1.5 Georgia, serif; background: Canvas; color: CanvasText; }
      :root { --psy-brand: #2f6f6a; }
    </style>
  </head>
  <body>${body}</body>
</html>`;

const shots = [
  { file: 'psy-explainer.png', width: 900, body: '<psy-explainer layout="accordion"></psy-explainer>' },
  {
    file: 'psy-compare.png',
    width: 1000,
    body: '<psy-compare highlight aspects="focus time-orientation structure length"></psy-compare>',
  },
  {
    file: 'psy-compare-phone.png',
    width: 390,
    body: '<psy-compare highlight aspects="focus time-orientation structure length"></psy-compare>',
  },
  { file: 'psy-self-check.png', width: 700, body: '<psy-self-check region="GB"></psy-self-check>' },
  { file: 'psy-self-check-dark.png', width: 700, body: '<psy-self-check region="GB"></psy-self-check>', dark: true },
  { file: 'psy-help-now.png', width: 700, body: '<psy-help-now region="GB"></psy-help-now>' },
];

// The packages' built files, served as a CDN would, and at /shot/N the page of shot N.
const server = createServer((request, response) => {
  const { pathname } = new URL(request.url, 'http://x');
  const shot = shots[Number(pathname.match(/^\/shot\/(\d+)$/)?.[1] ?? NaN)];
  if (shot) {
    response.writeHead(200, { 'content-type': 'text/html' }).end(page(shot.body, shot.dark ? 'dark' : 'light'));
    return;
  }
  const path = resolve(root, 'packages/psy-widgets', `.${pathname}`);
  if (!path.startsWith(resolve(root, 'packages/psy-widgets/cdn')) || !existsSync(path)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(response);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

mkdirSync(out, { recursive: true });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const [i, shot] of shots.entries()) {
    const tab = await browser.newPage();
    await tab.setViewport({ width: shot.width, height: 900, deviceScaleFactor: 1 });
    await tab.goto(`${origin}/shot/${i}`, { waitUntil: 'networkidle0' });
    const element = await tab.$('body > *');
    await tab.evaluate(async (el) => {
      await customElements.whenDefined(el.localName);
      await el.updateComplete;
    }, element);
    await element.screenshot({ path: resolve(out, shot.file) });
    console.log(`docs/screenshots/${shot.file}`);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
