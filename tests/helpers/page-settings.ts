import { setPageSettings, SETTINGS_ID } from '../../packages/core/src/settings/source.js';

/** Puts a settings block in the page, as a clinic would paste it: `text` is the block's content, as written. */
export function addSettingsBlock(text: string): HTMLScriptElement {
  removeSettings();
  const block = document.createElement('script');
  block.type = 'application/json';
  block.id = SETTINGS_ID;
  block.textContent = text;
  document.body.append(block);
  return block;
}

/** Takes away every page setting, from a block or from code. */
export function removeSettings(): void {
  document.getElementById(SETTINGS_ID)?.remove();
  setPageSettings(undefined);
}
