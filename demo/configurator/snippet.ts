// The snippet a clinic pastes into its page: the stylesheet and script from jsDelivr, its CSS, and the element.
import { attributesFor, cssFor, type EmbedConfig } from './config.js';

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
  return [CDN_STYLESHEET, CDN_SCRIPT, '<style>', css, '</style>', elementHtml(c)].join('\n');
}
