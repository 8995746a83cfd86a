// The snippet a clinic pastes into its page: the stylesheet and script from jsDelivr, its CSS, the page-wide settings,
// and the element with its no-script fallback inside. The address names one release, so a clinic's page changes only
// when the clinic changes the number.
import { RELEASE, VERSION } from '@psy-widgets/core/version.js';
import { attributesFor, cssFor, settingsJson, type EmbedConfig } from './config.js';
import { fallbackFor } from './fallback.js';

export const CDN = `https://cdn.jsdelivr.net/npm/psy-widgets@${RELEASE}/cdn`;
export const CDN_STYLESHEET = `<link rel="stylesheet" href="${CDN}/psy-widgets.css" />`;
export const CDN_SCRIPT = `<script type="module" src="${CDN}/psy-widgets.js"></script>`;

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `<psy-explainer therapy="psychodynamic"></psy-explainer>` */
export function elementHtml(c: EmbedConfig): string {
  const attrs = attributesFor(c).map(([name, value]) =>
    value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`,
  );
  return `<${c.widget}${attrs.join('')}></${c.widget}>`;
}

/** The page-wide settings block: JSON that is never run, so it works under a strict Content Security Policy. */
export function settingsHtml(c: EmbedConfig): string | null {
  const json = settingsJson(c);
  return json && `<script type="application/json" id="psy-widgets-settings">${json}</script>`;
}

export function snippetFor(c: EmbedConfig): string {
  const css = cssFor(c)
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  const settings = settingsHtml(c);
  const fallback = fallbackFor(c);
  const element = fallback.length
    ? [elementHtml(c).replace(/<\/[a-z-]+>$/, ''), ...fallback.map((line) => `  ${line}`), `</${c.widget}>`]
    : [elementHtml(c)];
  return [CDN_STYLESHEET, CDN_SCRIPT, '<style>', css, '</style>', ...(settings ? [settings] : []), ...element].join(
    '\n',
  );
}

/** What the pinned address means for the clinic, said once under the code. */
export function versionNote(): string {
  const which = VERSION === '0.0.0' ? `${RELEASE}, its first release (not yet published)` : RELEASE;
  return (
    `This code uses psy-widgets ${which}. Your page keeps that version until you change the number in the two ` +
    'addresses. Before moving to a new major version, read the changelog for what changed.'
  );
}
