import type { PageSettings } from '@psy-widgets/content/settings.js';
import { isServer, type ReactiveControllerHost } from 'lit';
import { lazy } from '../lazy.js';
import { hold } from '../pending.js';
import type { InputProblem } from '../psy-element.js';

/**
 * Page-wide settings, set once by a clinic for every widget on a page: the default region of the urgent-help panel
 * and the clinician who reviewed the texts. Two ways in, one store:
 *
 * - in HTML, a JSON block anywhere in the page (data that never runs, so it works under a strict Content Security
 *   Policy): `<script type="application/json" id="psy-widgets-settings">{"region": "GB-SCT"}</script>`
 * - from code, `setPageSettings({ region: 'GB-SCT' })`, which wins over the block.
 *
 * This file only finds them; `check.ts`, loaded when a page has settings, checks them.
 */
export const SETTINGS_ID = 'psy-widgets-settings';

export interface CheckedSettings {
  /** What fits; a field that does not is left out. */
  settings: PageSettings;
  /** What did not fit, for the bad-input message and the console warning. */
  problems: InputProblem[];
}

export const NO_SETTINGS: CheckedSettings = { settings: {}, problems: [] };

/** The settings as a page gave them, before any check: `key` changes when they do. */
export interface RawSettings {
  key: unknown;
  /** How the page gave them, for messages. */
  source: string;
  read(): unknown;
}

let given: { value: unknown } | undefined;

/**
 * Sets the page-wide settings from code (npm users), over any settings block in the page; `undefined` goes back to
 * the block. Call it before the widgets first render: one already shown takes the settings on its next render.
 */
export function setPageSettings(settings: PageSettings | undefined): void {
  given = settings === undefined ? undefined : { value: settings };
}

/** The page's settings as given, or undefined when it has none. */
export function rawPageSettings(): RawSettings | undefined {
  if (given) {
    const { value } = given;
    return { key: value, source: 'setPageSettings()', read: () => value };
  }
  if (isServer) return undefined; // a server render sees only its elements, not the page's settings block
  const block = document.getElementById(SETTINGS_ID);
  if (!block) return undefined;
  const text = block.textContent ?? '';
  return { key: text, source: `The page settings (#${SETTINGS_ID})`, read: () => JSON.parse(text) as unknown };
}

const checker = lazy(() => import('./check.js'));

/**
 * The page's settings, checked: `{}` at once for a page without any. Otherwise, until the checker has loaded and run,
 * `{}` too, while `host` waits (its content held back) and renders again once they are known.
 */
export function settingsFor(host: ReactiveControllerHost): CheckedSettings {
  if (!rawPageSettings()) return NO_SETTINGS;
  if (checker.value) return checker.value.pageSettings(host);
  // not loaded (offline): no settings, rather than a render that asks again and again
  if (!checker.failed)
    hold(
      host,
      checker.load().then((loaded) => loaded?.pageSettings(host)),
    );
  return NO_SETTINGS;
}
