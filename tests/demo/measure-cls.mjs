// Measures the cumulative layout shift of every demo page in headless Chromium, on a desktop, a tablet and a phone
// screen, with the widget script arriving at once, 1 s late (a slow network), 3 s late (after the stylesheet's 2 s
// reveal), and 1 s late without psy-widgets.css (to show what the stylesheet prevents).
// Needs `npm run build` first. Run: node tests/demo/measure-cls.mjs [--verbose]
import { pages, widgetsReady, withDemo } from './demo-server.mjs';

const screens = {
  desktop: { width: 1200, height: 900 },
  tablet: { width: 820, height: 1180, isMobile: true },
  phone: { width: 390, height: 844, isMobile: true },
};
const scenarios = {
  'script at once': { delay: 0, stylesheet: true },
  'script 1 s late': { delay: 1000, stylesheet: true },
  'script 3 s late (after the reveal)': { delay: 3000, stylesheet: true },
  'script 1 s late, no psy-widgets.css': { delay: 1000, stylesheet: false },
};

// Sums every layout shift not caused by input, from the first paint on.
const observeShifts = () => {
  window.__cls = 0;
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__cls += entry.value;
      const nodes = entry.sources.map(
        (s) =>
          `${s.node?.nodeName?.toLowerCase()}${s.node?.id ? `#${s.node.id}` : ''} ` +
          `(${s.previousRect.y}→${s.currentRect.y}, h ${s.previousRect.height}→${s.currentRect.height}) ` +
          `${(s.node?.textContent ?? '').trim().slice(0, 40)}`,
      );
      window.__shifts.push(`${entry.value.toFixed(4)} ${nodes.join(', ')}`);
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

// After the widgets have rendered, waits past the stylesheet's 2 s reveal, so a late shift would be counted too.
const settled = `(${widgetsReady})().then(() => new Promise((done) => setTimeout(done, 2500)))`;

const results = await withDemo(async ({ base, browser }) => {
  const found = [];
  for (const [screenName, viewport] of Object.entries(screens)) {
    for (const [scenario, { delay, stylesheet }] of Object.entries(scenarios)) {
      for (const name of pages) {
        const page = await browser.newPage();
        await page.setViewport(viewport);
        await page.setCacheEnabled(false);
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          const url = request.url();
          if (!stylesheet && url.endsWith('/cdn/psy-widgets.css')) return void request.abort();
          if (delay && url.endsWith('/cdn/psy-widgets.js')) return void setTimeout(() => request.continue(), delay);
          void request.continue();
        });
        await page.evaluateOnNewDocument(observeShifts);
        await page.goto(`${base}${name}.html`, { waitUntil: 'load' });
        await page.evaluate(settled);
        const { cls, shifts } = await page.evaluate(() => ({ cls: window.__cls, shifts: window.__shifts }));
        found.push({ screen: screenName, scenario, page: name, cls: Number(cls.toFixed(4)), shifts });
        await page.close();
      }
    }
  }
  return found;
});

for (const screen of Object.keys(screens)) {
  console.log(`\nCumulative layout shift, ${screen} (${screens[screen].width}×${screens[screen].height})`);
  console.table(
    Object.fromEntries(
      Object.keys(scenarios).map((scenario) => [
        scenario,
        Object.fromEntries(
          results.filter((r) => r.screen === screen && r.scenario === scenario).map((r) => [r.page, r.cls]),
        ),
      ]),
    ),
  );
}
if (process.argv.includes('--verbose')) {
  for (const r of results.filter((r) => r.cls > 0)) console.log(r.screen, r.scenario, r.page, r.shifts);
}
