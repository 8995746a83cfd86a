// Browser tests for every package, in Debian's Chromium and Firefox ESR (both driven through puppeteer-core) and WebKit
// (WebKitGTK's MiniBrowser through WebDriver).
// Tests import package sources through the "@psy-widgets/source" export condition, so no build is needed.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { bundledEsm } from './tests/plugins/bundled-esm.mjs';
import { forcedColorsCommand } from './tests/plugins/forced-colors.mjs';
import { ssrRenderCommand } from './tests/plugins/ssr-render.mjs';
import { reactEsm } from './tests/react/react-esm-plugin.mjs';
import { existsSync } from 'node:fs';
import { webkitBinaries, webkitLauncher } from './tests/plugins/webkit-launcher.mjs';

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

// Firefox ESR acting as an older engine (Safari before 18, Chrome before 119, Firefox before 128): relative colour
// syntax switched off, so the static palette in front of the derived tokens is tested in a real engine without it.
// Firefox 153 no longer reads the preferences that once turned off light-dark(), :has() and popover: the widgets use
// light-dark() only beside relative colour syntax (so the same fallback covers it), and tests/core/older-engine.test.ts
// checks the :has() fallback by parsing the styles as an engine without it would.
const olderEnginePrefs = { 'layout.css.relative-color-syntax.enabled': false };
const olderFirefox = chromeLauncher({
  launchOptions: {
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    extraPrefsFirefox: olderEnginePrefs,
  },
});
olderFirefox.name = 'Firefox (older engine)';
const olderEngineFiles = [
  'tests/core/older-engine.test.ts',
  'tests/core/older-engine-prefs.test.ts',
  'tests/core/theme.test.ts',
  'tests/term/a11y.test.ts',
  'tests/term/popover.test.ts',
  'tests/explainer/keyboard.test.ts',
  'tests/self-check/keyboard.test.ts',
];

const args = process.argv.slice(2);
const namedFiles = args.some((arg, i) => !arg.startsWith('-') && !['--config', '--group'].includes(args[i - 1] ?? ''));

const only = process.env.BROWSERS?.split(',');

// A page whose Content Security Policy runs no inline script and demands Trusted Types for every script sink, as strict
// clinic sites do, with the page-wide settings block a clinic pastes (JSON data, which such a policy lets through).
const trustedTypesPage = (testFramework) => `<!doctype html>
<html lang="en-GB">
  <head>
    <meta http-equiv="Content-Security-Policy" content="script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html psy-widgets" />
  </head>
  <body>
    <script type="application/json" id="psy-widgets-settings">{ "region": "GB-NIR" }</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`;

const binaries = {
  chromium: [{ path: chromiumPath, apt: 'chromium', variable: 'CHROMIUM_BIN' }],
  firefox: [{ path: firefoxPath, apt: 'firefox-esr', variable: 'FIREFOX_BIN' }],
  webkit: webkitBinaries,
};
const browsers = [chromium, firefox, webkitLauncher()].filter((b) => !only || only.includes(b.name.toLowerCase()));
const missing = browsers.flatMap((b) => binaries[b.name.toLowerCase()].filter(({ path }) => !existsSync(path)));
if (missing.length > 0) {
  const packages = [...new Set(missing.map(({ apt }) => apt))].join(' ');
  const paths = missing.map(({ path, variable }) => `${path} (or set ${variable})`).join(', ');
  throw new Error(
    `The browser tests need ${paths}. Install them with: apt-get install -y ${packages}. ` +
      'Or run the browsers you have alone: BROWSERS=chromium, BROWSERS=firefox or BROWSERS=webkit.',
  );
}

export default {
  files: ['tests/**/*.test.ts', '!tests/security/trusted-types.test.ts', '!tests/core/older-engine-prefs.test.ts'],
  // the Trusted Types page and the older engine run with the whole suite (or with --group), not when a command line
  // names its own test files
  groups: namedFiles
    ? []
    : [
        { name: 'trusted-types', files: 'tests/security/trusted-types.test.ts', testRunnerHtml: trustedTypesPage },
        ...(browsers.includes(firefox)
          ? [{ name: 'older-engine', files: olderEngineFiles, browsers: [olderFirefox] }]
          : []),
      ],
  nodeResolve: { exportConditions: ['@psy-widgets/source', 'browser', 'development'] },
  plugins: [
    reactEsm(),
    // the readability test's syllable counter imports CommonJS packages
    bundledEsm(['syllable']),
    forcedColorsCommand(),
    ssrRenderCommand(),
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.base.json', target: 'es2022' }),
  ],
  browsers,
  // one test file at a time in each browser: Firefox sends keys, focus and animation frames to one window only
  concurrency: 1,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
