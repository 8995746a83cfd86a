import type { ReactiveControllerHost } from 'lit';
import { hold } from '../pending.js';
import type { InputProblem } from '../psy-element.js';
import { NO_SETTINGS, rawPageSettings, type CheckedSettings, type RawSettings } from './source.js';

// Checked settings by what the page gave (the block's text, or the object given to setPageSettings).
const results = new Map<unknown, CheckedSettings>();
const checking = new Map<unknown, Promise<void>>();

const problem = (raw: RawSettings, path: string, received: unknown, expected: string, message: string) =>
  ({
    name: path ? `${raw.source} → ${path}` : raw.source,
    received,
    expected,
    message: `${raw.source}: ${message}`,
  }) satisfies InputProblem;

async function check(raw: RawSettings): Promise<CheckedSettings> {
  let input: unknown;
  try {
    input = raw.read();
  } catch (error) {
    const detail = (error as Error).message;
    const expected = 'settings written as JSON, such as {"region": "GB-SCT"}';
    const message = `expected ${expected}, but they could not be read (${detail}).`;
    return { settings: {}, problems: [problem(raw, '', detail, expected, message)] };
  }
  // valibot and the schema load only for a page with settings
  const { parsePageSettings } = await import('@psy-widgets/content/settings.js');
  const { settings, issues } = parsePageSettings(input);
  return {
    settings,
    problems: issues.map((issue) => problem(raw, issue.path, issue.received, issue.expected, issue.message)),
  };
}

/**
 * The page's settings, checked. With none, `{}` at once; otherwise, until the check has run, `{}` as well, and `host`
 * (if given) waits for the check and renders again once it is done.
 */
export function pageSettings(host?: ReactiveControllerHost): CheckedSettings {
  const raw = rawPageSettings();
  if (!raw) return NO_SETTINGS;
  const done = results.get(raw.key);
  if (done) return done;
  let work = checking.get(raw.key);
  if (!work) {
    work = check(raw)
      .catch((error: unknown) => {
        const detail = String(error);
        const message = `could not be checked, because the checker did not load (${detail}).`;
        return { settings: {}, problems: [problem(raw, '', detail, 'settings that can be checked', message)] };
      })
      .then((checked) => {
        results.set(raw.key, checked);
        checking.delete(raw.key);
      });
    checking.set(raw.key, work);
  }
  if (host) hold(host, work);
  return NO_SETTINGS;
}
