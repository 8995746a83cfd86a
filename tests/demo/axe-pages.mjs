// Runs axe on every demo page, light and dark, on a wide and a phone screen, with a brand colour picked in the demo
// bar. Needs `npm run build` first. Run: node tests/demo/axe-pages.mjs (exits 1 on any violation)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pages, widgetsReady, withDemo } from './demo-server.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const failures = await withDemo(async ({ base, browser }) => {
  let count = 0;
  for (const scheme of ['light', 'dark']) {
    for (const width of [1200, 390]) {
      for (const name of pages) {
        const page = await browser.newPage();
        await page.setViewport({ width, height: 900 });
        await page.goto(`${base}${name}.html?scheme=${scheme}&brand=b5473a`, { waitUntil: 'load' });
        await page.evaluate(widgetsReady);
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () =>
          (await window.axe.run(document)).violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ; ')}`,
          ),
        );
        console.log(
          `${scheme.padEnd(5)} ${String(width).padEnd(4)} ${name.padEnd(10)} ${violations.join('\n') || 'no violations'}`,
        );
        count += violations.length;
        await page.close();
      }
    }
  }
  return count;
});
process.exitCode = failures ? 1 : 0;
