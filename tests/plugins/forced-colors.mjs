// A web-test-runner command that turns on forced colours (as Windows High Contrast does) for the test's page, through
// Chromium's DevTools protocol. WebDriver BiDi (Firefox) has no such emulation; the command answers false there.
export function forcedColorsCommand() {
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page || session.browser.name !== 'Chromium') return false;
      await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
      return true;
    },
  };
}
