// The snippet a clinic pastes into its page: the stylesheet and script from jsDelivr, its CSS, and the element with
// its no-script fallback inside.
import { attributesFor, cssFor, type EmbedConfig } from './config.js';
import { fallbackFor } from './fallback.js';

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

export function snippetFor(c: EmbedConfig): string {
  const css = cssFor(c)
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  const fallback = fallbackFor(c);
  const element = fallback.length
    ? [elementHtml(c).replace(/<\/[a-z-]+>$/, ''), ...fallback.map((line) => `  ${line}`), `</${c.widget}>`]
    : [elementHtml(c)];
  return [CDN_STYLESHEET, CDN_SCRIPT, '<style>', css, '</style>', ...element].join('\n');
}
