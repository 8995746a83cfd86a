// WebKit (the engine of every iPhone browser) through WebKitGTK's W3C WebDriver, as Debian packages it. The launcher
// starts its own X server and WebKitWebDriver, on a free display and a free port (other runs may share this machine),
// and stops both when the run ends, on failure too.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

const driverPath = process.env.WEBKIT_DRIVER_BIN ?? '/usr/bin/WebKitWebDriver';
const miniBrowserPath = process.env.WEBKIT_BIN ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const xvfbPath = process.env.XVFB_BIN ?? '/usr/bin/Xvfb';

/** Every binary the launcher needs, with the Debian package that provides it. */
export const webkitBinaries = [
  { path: driverPath, apt: 'webkit2gtk-driver', variable: 'WEBKIT_DRIVER_BIN' },
  { path: miniBrowserPath, apt: 'webkit2gtk-driver', variable: 'WEBKIT_BIN' },
  { path: xvfbPath, apt: 'xvfb', variable: 'XVFB_BIN' },
];

const started = new Set();
const stopAll = () => started.forEach((child) => child.kill());
// a last resort when the runner exits without calling stop(), or is told to stop by a signal it does not handle
// (a CI timeout sends SIGTERM): no X server or driver outlives the run
process.on('exit', stopAll);
for (const [signal, code] of [
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.once(signal, () => {
    stopAll();
    process.exit(code);
  });
}

function start(command, args, options) {
  const child = spawn(command, args, options);
  started.add(child);
  child.on('exit', () => started.delete(child));
  return child;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Xvfb picks a free display itself and writes its number to the pipe given by -displayfd. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = start(xvfbPath, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    xvfb.stderr.on('data', (chunk) => (errors += chunk));
    xvfb.stdio[3].on('data', (chunk) => {
      output += chunk;
      if (output.includes('\n')) resolve({ xvfb, display: `:${output.trim()}` });
    });
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb stopped (exit code ${code}): ${errors.trim()}`)));
  });
}

async function waitForDriver(port, driver) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver stopped (exit code ${driver.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}

class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      hostname: '127.0.0.1',
      capabilities: {
        browserName: 'MiniBrowser',
        // without it webdriverio asks for WebDriver BiDi, which WebKitWebDriver does not offer: no session matches
        'wdio:enforceWebDriverClassic': true,
        // a test page reports its results over the runner's web socket, so navigation need not wait for the page's
        // load event: once a page's load never came, and the driver's answer timed out (UND_ERR_HEADERS_TIMEOUT)
        pageLoadStrategy: 'eager',
        'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
      },
    });
    this.name = 'WebKit';
    this.processes = [];
  }

  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
    const { xvfb, display } = await startXvfb();
    const port = await freePort();
    const driver = start(driverPath, [`--port=${port}`, '--host=127.0.0.1'], {
      env: { ...process.env, DISPLAY: display },
      stdio: 'ignore',
    });
    this.processes = [driver, xvfb];
    await waitForDriver(port, driver);
    this.options.port = port;
  }

  async stop() {
    await super.stop();
    for (const child of this.processes) child.kill();
    this.processes = [];
  }
}

export const webkitLauncher = () => new WebKitLauncher();
