// The snippet a clinic pastes into its page: the stylesheet and script from jsDelivr, its CSS, and the element.
import { attributesFor, cssFor, settingsJson, type EmbedConfig } from './config.js';

export const CDN_STYLESHEET =
  '<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/psy-widgets/cdn/psy-widgets.css" />';
export const CDN_SCRIPT =
  '<script type="module" src="https://cdn.jsdelivr.net/npm/psy-widgets/cdn/psy-widgets.js"></script>';

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
  return [CDN_STYLESHEET, CDN_SCRIPT, '<style>', css, '</style>', ...(settings ? [settings] : []), elementHtml(c)].join(
    '\n',
  );
}
