// Browser tests for every package, in Debian's Chromium and Firefox ESR (both driven through puppeteer-core).
// Tests import package sources through the "@psy-widgets/source" export condition, so no build is needed.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { bundledEsm } from './tests/plugins/bundled-esm.mjs';
import { forcedColorsCommand } from './tests/plugins/forced-colors.mjs';
import { reactEsm } from './tests/react/react-esm-plugin.mjs';

const chromiumPath = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';

const chromium = chromeLauncher({
  launchOptions: {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // test pages run side by side in background tabs: keep their timers and animation frames running
      '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
    ],
  },
  // each test file in a window of its own: a background tab gets no animation frames, and tests wait for them
  createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
});
chromium.name = 'Chromium';

const firefox = chromeLauncher({
  launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
});
firefox.name = 'Firefox';

const args = process.argv.slice(2);
const namedFiles = args.some((arg, i) => !arg.startsWith('-') && !['--config', '--group'].includes(args[i - 1] ?? ''));

const only = process.env.BROWSERS?.split(',');

// A page whose Content Security Policy demands Trusted Types for every script sink, as strict clinic sites do.
const trustedTypesPage = (testFramework) => `<!doctype html>
<html lang="en-GB">
  <head>
    <meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types lit-html psy-widgets" />
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`;

export default {
  files: ['tests/**/*.test.ts', '!tests/security/trusted-types.test.ts'],
  // the Trusted Types page runs with the whole suite, not when a command line names its own test files
  groups: namedFiles
    ? []
    : [{ name: 'trusted-types', files: 'tests/security/trusted-types.test.ts', testRunnerHtml: trustedTypesPage }],
  nodeResolve: { exportConditions: ['@psy-widgets/source', 'browser', 'development'] },
  plugins: [
    reactEsm(),
    // the readability test's syllable counter imports CommonJS packages
    bundledEsm(['syllable']),
    forcedColorsCommand(),
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.base.json', target: 'es2022' }),
  ],
  browsers: [chromium, firefox].filter((b) => !only || only.includes(b.name.toLowerCase())),
  // one test file at a time in each browser: Firefox sends keys, focus and animation frames to one window only
  concurrency: 1,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
