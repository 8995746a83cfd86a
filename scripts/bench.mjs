// `npm run bench`: speed and memory figures from headless Chromium, for the built CDN files (run `npm run build`
// first). Figures only, no pass or fail: timings depend on the machine.
// - first render: a fresh page (no cache) from navigation start to the widget rendered and laid out, against a page
//   holding the same DOM as static HTML (declarative shadow DOM, same CSS); median of several loads, and the ratio;
// - mount: creating the element to its rendered, laid-out shadow tree, in a warm page, against parsing the same DOM;
// - a self-check step: the click on Next to the next question rendered;
// - memory: JS heap and DOM nodes after 1,000 mount/unmount cycles, after garbage collection.
// Pages come from a throwaway server on 127.0.0.1; every run is bounded and the whole bench stops after 5 minutes.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { parts, umbrella, widgets as registered } from './registry.mjs';

const root = resolve(import.meta.dirname, '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const cdnDir = resolve(root, arg('cdn', 'packages/psy-widgets/cdn'));
const loads = Number(arg('loads', 10));
const mounts = Number(arg('mounts', 30));
const cycles = Number(arg('cycles', 1000));

// each widget from its own CDN file; the shared parts from the file with everything (they have no file of their own)
const widgets = [
  ...registered.map((w) => ({ tag: w.tag, file: `${w.tag}.js`, attrs: w.attrs })),
  ...parts.map((p) => ({ tag: p.tag, file: `${umbrella.cdn}.js`, attrs: p.attrs })),
].filter((w) => !arg('only') || w.tag.includes(arg('only')));
const missing = widgets.filter((w) => !existsSync(resolve(cdnDir, w.file)));
if (missing.length) {
  console.error(`bench: ${missing.map((w) => w.file).join(', ')} not in ${cdnDir}: run npm run build first`);
  process.exit(1);
}

const statics = new Map(); // tag -> rendered HTML, for the static pages

// ---- the server ----
const page = (body) =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
const routes = {
  // a fresh page with one widget: the number is the time from navigation start to the widget rendered
  '/widget': ({ tag, file }) =>
    page(`<${tag}${attrsOf(tag)}></${tag}><script type="module">
      import '/cdn/${file}';
      import { rendered } from '/bench/page.js';
      await rendered(document.querySelector('${tag}'));
      window.benchDone = performance.now();
    </script>`),
  // the same DOM as static HTML, with no script but the clock
  '/static': ({ tag }) =>
    page(
      `${statics.get(tag)}<script>document.body.getBoundingClientRect(); window.benchDone = performance.now();</script>`,
    ),
  // a page with the widgets' script loaded, for mounts, steps and memory
  '/warm': ({ file }) => page(`<script type="module" src="/cdn/${file}"></script>`),
  '/blank': () => page(''),
};
const attrsOf = (tag) =>
  Object.entries(widgets.find((w) => w.tag === tag)?.attrs ?? {})
    .map(([k, v]) => ` ${k}="${v}"`)
    .join('');

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const dirs = { '/cdn/': cdnDir, '/bench/': resolve(root, 'scripts/bench') };
  const prefix = Object.keys(dirs).find((p) => url.pathname.startsWith(p));
  const file = prefix && resolve(dirs[prefix], url.pathname.slice(prefix.length));
  const route = routes[url.pathname];
  if (file && file.startsWith(dirs[prefix]) && extname(file) === '.js' && existsSync(file)) {
    res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  } else if (route) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(route(Object.fromEntries(url.searchParams)));
  } else res.writeHead(404).end();
});

// ---- helpers ----
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (v) => `${v.toFixed(v < 10 ? 2 : 1)} ms`;
const ratio = (a, b) => `${(a / b).toFixed(1)}×`;

async function withPage(browser, path, fn) {
  const context = await browser.createBrowserContext(); // no cache, no state from earlier runs
  try {
    const p = await context.newPage();
    p.setDefaultTimeout(30_000);
    p.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
    await p.goto(`${origin}${path}`, { waitUntil: 'load' });
    return await fn(p);
  } finally {
    await context.close();
  }
}
const qs = (w) => `?tag=${w.tag}&file=${w.file}`;
const firstLoad = (browser, path) =>
  withPage(browser, path, (p) =>
    p.waitForFunction('window.benchDone', { polling: 'mutation' }).then((h) => h.jsonValue()),
  );

async function heap(p) {
  const cdp = await p.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  await cdp.detach();
  return { usedSize, nodes };
}

// ---- the runs ----
const stop = setTimeout(() => {
  console.error('bench: stopped after 5 minutes');
  process.exit(2);
}, 300_000);
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--headless',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});

try {
  const version = await browser.version();
  console.log(`${version}, ${loads} page loads, ${mounts} mounts, ${cycles} cycles per widget (medians)\n`);
  const rows = [];
  for (const w of widgets) {
    const load = `/widget${qs(w)}`;
    statics.set(w.tag, await withPage(browser, `/warm${qs(w)}`, (p) => p.evaluate(renderedHtmlIn, w.tag, w.attrs)));
    const widgetLoads = [];
    const staticLoads = [];
    for (let i = 0; i < loads; i++) {
      widgetLoads.push(await firstLoad(browser, load));
      staticLoads.push(await firstLoad(browser, `/static${qs(w)}`));
    }
    const mount = await withPage(browser, `/warm${qs(w)}`, (p) => p.evaluate(mountIn, w.tag, w.attrs, mounts));
    const parse = await withPage(browser, `/blank`, (p) => p.evaluate(staticIn, statics.get(w.tag), mounts));
    const memory = await withPage(browser, `/warm${qs(w)}`, async (p) => {
      await p.evaluate(cycleIn, w.tag, w.attrs, 20); // warm up: templates, style sheets, lazy code
      const before = await heap(p);
      await p.evaluate(cycleIn, w.tag, w.attrs, cycles);
      const after = await heap(p);
      return { heap: after.usedSize - before.usedSize, nodes: after.nodes - before.nodes };
    });
    rows.push([
      w.tag,
      ms(median(widgetLoads)),
      ms(median(staticLoads)),
      ratio(median(widgetLoads), median(staticLoads)),
      ms(mount),
      ms(parse),
      ratio(mount, parse),
      `${(memory.heap / 1024).toFixed(1)} KiB`,
      String(memory.nodes),
    ]);
  }
  const head = ['widget', 'first render', 'static', 'ratio', 'mount', 'static', 'ratio', 'heap +', 'nodes +'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((v, i) => (i ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ');
  console.log([line(head), line(widths.map((n) => '-'.repeat(n))), ...rows.map(line)].join('\n'));
  console.log(`\nheap + and nodes +: growth after ${cycles} mount/unmount cycles, after garbage collection`);

  if (widgets.some((w) => w.tag === 'psy-self-check')) {
    const step = await withPage(browser, `/warm?file=psy-self-check.js`, (p) => p.evaluate(stepsIn, 10));
    console.log(`self-check step (Next click to the next question rendered): ${ms(step.median)} (${step.steps} steps)`);
  }
} finally {
  await browser.close();
  server.close();
  clearTimeout(stop);
}

// In-page calls (run by puppeteer in the page, which has loaded /bench/page.js by import).
async function renderedHtmlIn(tag, attrs) {
  return (await import('/bench/page.js')).renderedHtml(tag, attrs);
}
async function mountIn(tag, attrs, runs) {
  return (await import('/bench/page.js')).mountTimes(tag, attrs, runs);
}
async function staticIn(markup, runs) {
  return (await import('/bench/page.js')).staticTimes(markup, runs);
}
async function cycleIn(tag, attrs, n) {
  return (await import('/bench/page.js')).cycle(tag, attrs, n);
}
async function stepsIn(rounds) {
  return (await import('/bench/page.js')).stepTimes(rounds);
}
