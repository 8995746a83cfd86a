// `npm run lighthouse`: Lighthouse's performance figures for each page of the demo clinic site's production build, in
// Chromium with Lighthouse's default mobile settings (a mid-range phone: 4× CPU slowdown and a slow 4G network,
// simulated). Prints per page the performance score, Total Blocking Time, and the longest main-thread task with the
// script it is attributed to; the median of `--runs` runs (3 by default) of each. Lighthouse times tasks on the clock,
// so its figures grow when other programs share the processors: the last column, the longest task in processor time
// times Lighthouse's 4× slowdown, does not, and is the figure to compare across runs on a busy machine. Figures only, no pass or fail: see
// docs/performance.md for the figures recorded and how to read them.
//   --no-build    measure demo/dist as it is (otherwise the packages and the demo pages are built first, without
//                 Storybook, which the measured pages do not load)
//   --runs N      runs per page
//   --page NAME   one page only (approach, compare, index, self-check, embed)
// Chromium is Debian's /usr/bin/chromium (or CHROME_PATH); the pages come from a throwaway server on 127.0.0.1 and
// nothing is fetched from the network.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const site = resolve(root, 'demo/dist');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('runs', 3));

if (!process.argv.includes('--no-build')) {
  execFileSync(process.execPath, [resolve(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  await build({ configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn' });
}
if (!existsSync(site)) {
  console.error('lighthouse: demo/dist is missing: run without --no-build, or npm run build:demo');
  process.exit(1);
}
const pages = readdirSync(site)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -'.html'.length))
  .filter((name) => !arg('page') || name === arg('page'));

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
  const file = resolve(site, `.${path.endsWith('/') ? `${path}index.html` : path}`);
  if (!file.startsWith(site + sep) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const chromeVersion = () =>
  fetch(`http://127.0.0.1:${chrome.port}/json/version`)
    .then((r) => r.json())
    .then((v) => v.Browser);

/**
 * The longest task of the page's main thread in processor time, in ms. Lighthouse's own figure is the task's time on
 * the clock, which grows when other programs share the processors; processor time does not.
 */
function longestTaskCpu(events) {
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const tasks = (m) => events.filter((e) => e.name === 'RunTask' && e.pid === m.pid && e.tid === m.tid);
  const busiest = mains
    .map((m) => tasks(m))
    .sort((a, b) => b.reduce((n, e) => n + (e.tdur ?? 0), 0) - a.reduce((n, e) => n + (e.tdur ?? 0), 0))[0];
  return Math.max(0, ...(busiest ?? []).map((e) => (e.tdur ?? 0) / 1000));
}

/** One Lighthouse run of `page`: score, TBT and the longest task (the script it is attributed to). */
async function measure(page) {
  const { lhr, artifacts } = await lighthouse(`${origin}/${page}.html`, {
    port: chrome.port,
    onlyCategories: ['performance'],
    logLevel: 'error',
    output: 'json',
  });
  const [longest] = [...(lhr.audits['long-tasks'].details?.items ?? [])].sort((a, b) => b.duration - a.duration);
  return {
    cpu: longestTaskCpu(artifacts.Trace.traceEvents) * 4,
    score: Math.round(lhr.categories.performance.score * 100),
    tbt: lhr.audits['total-blocking-time'].numericValue,
    longest: longest?.duration ?? 0,
    where: longest ? longest.url.replace(origin + '/', '') : '',
  };
}

try {
  const { version } = JSON.parse(readFileSync(resolve(root, 'node_modules/lighthouse/package.json'), 'utf8'));
  console.log(
    `Lighthouse ${version}, ${await chromeVersion()}, mobile preset (simulated throttling), median of ${runs} runs\n`,
  );
  const rows = [];
  for (const page of pages) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await measure(page));
    const byLongest = [...results].sort((a, b) => a.longest - b.longest);
    const typical = byLongest[byLongest.length >> 1];
    rows.push([
      page,
      String(median(results.map((r) => r.score))),
      `${Math.round(median(results.map((r) => r.tbt)))} ms`,
      `${Math.round(median(results.map((r) => r.longest)))} ms`,
      typical.where,
      `${Math.round(median(results.map((r) => r.cpu)))} ms`,
    ]);
  }
  const head = ['page', 'score', 'TBT', 'longest task', 'in', 'processor ×4'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((v, i) => (i && i !== 4 ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ');
  console.log([line(head), line(widths.map((n) => '-'.repeat(n))), ...rows.map(line)].join('\n'));
  console.log(
    '\nprocessor ×4: the longest main-thread task in processor time, times the 4× CPU slowdown of Lighthouse',
  );
} finally {
  chrome.kill();
  server.close();
}
