// `npm run bench`: speed and memory figures from headless Chromium, for the built CDN files (run `npm run build`
// first). Figures only, no pass or fail: timings depend on the machine.
// - first load, each widget alone on a fresh page (no cache), in three ways: (a) client render: the page holds the
//   bare tag and the widget's CDN file renders it; (b) server render + hydrate: the page holds the HTML that
//   `render()` from psy-widgets/ssr returns (declarative shadow DOM), and cdn/psy-widgets-hydrate.js hydrates it; (c) static
//   HTML: the page holds the DOM the client render made, as declarative shadow DOM with its CSS, and no script.
//   For each: first render = the browser's first-contentful-paint entry (ms from navigation start), and interactive =
//   the element upgraded (or hydrated) and rendered, then a click on its first button handled and re-rendered
//   (<psy-help-now>, which has no button, is interactive once rendered; static HTML never is). Ratios are to static
//   HTML's first render; the goals are server render within 1.1× and client render within 2×. Medians of --loads.
// - mount: creating the element to its rendered, laid-out shadow tree, in a warm page, against parsing the same DOM;
// - a self-check step: the click on Next to the next question rendered;
// - memory: JS heap and DOM nodes after 1,000 mount/unmount cycles, after garbage collection.
// Pages come from a throwaway server on 127.0.0.1; every run is bounded and the whole bench stops after 10
// minutes.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { render as ssrRender } from 'psy-widgets/ssr';
import { hydrateCdn, parts, umbrella, widgets as registered } from './registry.mjs';

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
const serverRendered = new Map(); // tag -> HTML from psy-widgets/ssr

// ---- the server ----
const page = (body) =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
const routes = {
  // (a) a fresh page with the bare tag, rendered by the widget's script
  '/widget': ({ tag, file }) => page(`<${tag}${attrsOf(tag)}></${tag}>${firstLoadScript(tag, file)}`),
  // (b) the server-rendered HTML, hydrated by the file a server-rendered page loads (Lit's hydrate support first)
  '/ssr': ({ tag }) => page(`${serverRendered.get(tag)}${firstLoadScript(tag, `${hydrateCdn.file}.js`)}`),
  // (c) the same DOM as static HTML; its only script reads the paint timing, after the first paint
  '/static': ({ tag }) =>
    page(`${statics.get(tag)}<script type="module">
      import { firstContentfulPaint } from '/bench/page.js';
      window.benchDone = { paint: await firstContentfulPaint() };
    </script>`),
  // a page with the widgets' script loaded, for mounts, steps and memory
  '/warm': ({ file }) => page(`<script type="module" src="/cdn/${file}"></script>`),
  '/blank': () => page(''),
};
const firstLoadScript = (tag, file) => `<script type="module">
  import '/cdn/${file}';
  import { clickFirstControl, firstContentfulPaint } from '/bench/page.js';
  await clickFirstControl(document.querySelector('${tag}'));
  const interactive = performance.now();
  window.benchDone = { paint: await firstContentfulPaint(), interactive };
</script>`;
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
function table(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((v, i) => (i ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ');
  console.log([line(head), line(widths.map((n) => '-'.repeat(n))), ...rows.map(line)].join('\n'));
}
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
  withPage(browser, path, (p) => p.waitForFunction('window.benchDone', { polling: 'raf' }).then((h) => h.jsonValue()));

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
  console.error('bench: stopped after 10 minutes');
  process.exit(2);
}, 600_000);
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
  const firstRows = [];
  const rows = [];
  for (const w of widgets) {
    statics.set(w.tag, await withPage(browser, `/warm${qs(w)}`, (p) => p.evaluate(renderedHtmlIn, w.tag, w.attrs)));
    try {
      // the page's own script tag follows (see routes), so none is written here
      serverRendered.set(w.tag, await ssrRender(`<${w.tag}${attrsOf(w.tag)}></${w.tag}>`, { script: false }));
    } catch (error) {
      console.log(`${w.tag}: server render failed (${error?.message ?? error}); no (b) figures for it`);
    }
    const ways = ['widget', 'static', ...(serverRendered.has(w.tag) ? ['ssr'] : [])];
    const runs = Object.fromEntries(ways.map((way) => [way, []]));
    for (let i = 0; i < loads; i++) {
      for (const way of ways) runs[way].push(await firstLoad(browser, `/${way}${qs(w)}`));
    }
    const mid = (way, key) => (runs[way]?.length ? median(runs[way].map((r) => r[key])) : undefined);
    const staticPaint = mid('static', 'paint');
    const paintCell = (way) => {
      const paint = mid(way, 'paint');
      return paint === undefined ? '—' : `${ms(paint)} (${ratio(paint, staticPaint)})`;
    };
    const timeCell = (value) => (value === undefined ? '—' : ms(value));
    firstRows.push([
      w.tag,
      paintCell('widget'),
      timeCell(mid('widget', 'interactive')),
      paintCell('ssr'),
      timeCell(mid('ssr', 'interactive')),
      ms(staticPaint),
    ]);

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
      ms(mount),
      ms(parse),
      ratio(mount, parse),
      `${(memory.heap / 1024).toFixed(1)} KiB`,
      String(memory.nodes),
    ]);
  }
  console.log('first load: first render (× static HTML) and interactive, ms from navigation start');
  table(
    ['widget', '(a) client render', 'interactive', '(b) server + hydrate', 'interactive', '(c) static HTML'],
    firstRows,
  );
  console.log('goals: (b) first render within 1.1× of static HTML, (a) within 2×\n');
  table(['widget', 'mount', 'static', 'ratio', 'heap +', 'nodes +'], rows);
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
