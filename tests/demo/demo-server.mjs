// Starts the demo site (vite, as `npm start` serves it) and headless Chromium, for the page scripts in this folder.
// Needs `npm run build` first, for the CDN files.
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';

export const pages = ['index', 'approach', 'compare', 'self-check', 'embed'];

/** Resolves when every widget on the page is defined and rendered. */
export const widgetsReady = () =>
  Promise.all(
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('psy-'))
      .map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete)),
  );

/** Runs `work` with the demo's address and a browser, then stops both. */
export async function withDemo(work) {
  const root = resolve(import.meta.dirname, '../..');
  const server = await createServer({
    configFile: resolve(root, 'vite.config.ts'),
    server: { port: 0 },
    logLevel: 'warn',
  });
  await server.listen();
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    return await work({ base: server.resolvedUrls.local[0], browser });
  } finally {
    await browser.close();
    await server.close();
  }
}
