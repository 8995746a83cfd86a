// The live preview: the same element, attributes and CSS as the snippet, on this page (no iframe).
import { attributesFor, settingsJson, type EmbedConfig } from './config.js';

const SETTINGS_ID = 'psy-widgets-settings';

/** The snippet's settings block, placed in this page as a clinic places it (so the CDN's elements read it too). */
function placeSettings(c: EmbedConfig): void {
  const json = settingsJson(c);
  let block = document.getElementById(SETTINGS_ID);
  if (!json) return block?.remove();
  if (!block) {
    block = Object.assign(document.createElement('script'), { type: 'application/json', id: SETTINGS_ID });
    document.body.append(block);
  }
  block.textContent = json;
}

/** Shows the configured element in `container`, reusing it while the widget stays the same. */
export function renderPreview(container: HTMLElement, c: EmbedConfig): Element {
  let el = container.firstElementChild;
  if (!el || el.localName !== c.widget) {
    el = document.createElement(c.widget);
    container.replaceChildren(el);
  }
  placeSettings(c);
  (el as Element & { requestUpdate?: () => void }).requestUpdate?.(); // to take the settings

  const wanted = new Map(attributesFor(c));
  for (const name of el.getAttributeNames()) if (!wanted.has(name)) el.removeAttribute(name);
  for (const [name, value] of wanted) {
    const text = value === true ? '' : value;
    if (el.getAttribute(name) !== text) el.setAttribute(name, text);
  }
  // the snippet puts the brand on :root and the scheme on the element; the container stands in for both
  container.style.setProperty('--psy-brand', c.brand);
  container.style.colorScheme = c.scheme === 'auto' ? '' : c.scheme;
  return el;
}
