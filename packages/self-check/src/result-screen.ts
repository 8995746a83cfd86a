// The result screen's place in the element: it loads from result.ts while the visitor answers (when the browser is
// idle after the first render, and at Start), so the first load does not carry it.
import { lazy, type PsyStrings } from '@psy-widgets/core';
import { html, type TemplateResult } from 'lit';
import type { ResultView } from './result.js';

export const result = lazy(() => import('./result.js'));

/** The result, once its screen has loaded; its place meanwhile, and a way to try again if it cannot load. */
export function renderResultScreen(view: ResultView, retry: () => void): TemplateResult {
  return result.value ? result.value.renderResult(view) : renderResultMissing(view.strings, result.failed, retry);
}

/** The result's place while its screen loads; if it could not load, a message and a way to try again. */
function renderResultMissing(s: PsyStrings, failed: boolean, retry: () => void): TemplateResult {
  if (!failed) return html`<div class="result" part="result" aria-busy="true"></div>`;
  return html`<div class="result" part="result">
    <p class="error" id="result" role="alert" tabindex="-1">${s.selfCheckResultNotLoaded}</p>
    <div class="actions" part="actions">
      <button type="button" class="button" @click=${retry}>${s.selfCheckRetry}</button>
    </div>
  </div>`;
}

/** Prints the element's screen alone, with the result screen's printout once loaded; the whole page until then. */
export function printScreen(host: HTMLElement): void {
  if (result.value) result.value.printResult(host);
  else window.print();
}
