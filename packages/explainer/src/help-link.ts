// "If you need help now" under the explainer: a link-styled button that opens the urgent-help panel in place.
import type { PsyStrings } from '@psy-widgets/core';
import type { PartialContentPack } from '@psy-widgets/content';
import { html, nothing, type TemplateResult } from 'lit';

// per clinic pack, its helplines as the panel takes them: the same object each render, so the panel checks them once
// and keeps showing them while the explainer renders again
const helpParts = new WeakMap<PartialContentPack, PartialContentPack | undefined>();

function helpContent(content: PartialContentPack | undefined): PartialContentPack | undefined {
  if (!content) return undefined;
  if (!helpParts.has(content)) {
    const { helplines, helpFallback } = content;
    const own = helplines || helpFallback;
    helpParts.set(
      content,
      own ? { ...(helplines && { helplines }), ...(helpFallback && { helpFallback }) } : undefined,
    );
  }
  return helpParts.get(content);
}

/**
 * The button and, while `open`, `<psy-help-now>` for `region` with the clinic's own helplines from `content`, if its
 * pack has any. Until the panel has loaded (or if it cannot), its one sentence shows in its place.
 */
export function renderHelpLink(
  s: PsyStrings,
  level: number,
  open: boolean,
  toggle: () => void,
  region: string | undefined,
  content: PartialContentPack | undefined,
): TemplateResult {
  return html`<div class="help">
    <button
      type="button"
      class="link-button"
      part="help-link"
      aria-expanded=${open}
      aria-controls="help"
      @click=${toggle}
    >
      ${s.explainerHelpLink}
    </button>
    <div id="help" ?hidden=${!open}>
      ${
        open
          ? html`<psy-help-now
              part="help"
              region=${region ?? nothing}
              heading-level=${level}
              .content=${helpContent(content)}
              ><p>${s.helpNowFallbackEmergency}</p></psy-help-now
            >`
          : nothing
      }
    </div>
  </div>`;
}
