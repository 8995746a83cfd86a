// One section of the explainer: its heading (a button in the accordion layout), its text, questions and answers or
// list of sources, and the sources it cites behind a toggle. The element owns which sections and sources are open.
import { renderBlocks, renderSource, sourceKindKey, format, type PsyStrings } from '@psy-widgets/core';
import type { ContentPack, Source } from '@psy-widgets/content';
import { html, nothing, type TemplateResult } from 'lit';
import type { ViewSection } from './model.js';

/**
 * `section` at heading `level`. In the accordion layout (`accordion`) its heading is a button that calls `toggle`;
 * `open` says whether its panel shows, `sourcesShown` whether its sources do (`toggleSources` flips that).
 */
export function renderSection(
  s: PsyStrings,
  section: ViewSection,
  level: number,
  pack: ContentPack,
  accordion: boolean,
  open: boolean,
  sourcesShown: boolean,
  toggle: () => void,
  toggleSources: () => void,
): TemplateResult {
  const id = `psy-${section.id}`;
  return html`<section id=${id} part="section" class=${open ? 'open' : ''}>
    <div class="h" role="heading" aria-level=${level} tabindex="-1">
      ${
        accordion
          ? html`<button
              type="button"
              class="toggle"
              part="toggle"
              aria-expanded=${open}
              aria-controls=${`${id}-panel`}
              @click=${toggle}
            >
              ${section.title}
            </button>`
          : section.title
      }
    </div>
    <div class="panel" id=${`${id}-panel`} ?hidden=${!open}>
      ${renderBody(s, section, pack)}
      ${
        section.sources.length
          ? html`<button
                type="button"
                class="link-button sources-toggle"
                part="sources-toggle"
                aria-expanded=${sourcesShown}
                aria-controls=${`${id}-sources`}
                @click=${toggleSources}
              >
                ${s.explainerSources}<span class="visually-hidden">
                  ${format(s.explainerSourcesFor, { section: section.title })}</span
                >
              </button>
              <div id=${`${id}-sources`} class="section-sources" ?hidden=${!sourcesShown}>
                ${renderSources(s, section.sources, pack)}
              </div>`
          : nothing
      }
    </div>
  </section>`;
}

/** A section's text, its questions and answers, or the list of every source cited. */
function renderBody(s: PsyStrings, { body }: ViewSection, pack: ContentPack): TemplateResult | TemplateResult[] {
  const options = { glossary: pack.glossary };
  if ('blocks' in body) return renderBlocks(body.blocks, options);
  if ('sourceList' in body) return renderSources(s, body.sourceList, pack);
  return html`<dl>
    ${body.faq.map(
      (item) =>
        html`<dt>${item.question}</dt>
          <dd>${renderBlocks(item.answer, options)}</dd>`,
    )}
  </dl>`;
}

/** The sources `ids` name, in order, each with its kind. */
function renderSources(s: PsyStrings, ids: string[], pack: ContentPack): TemplateResult {
  const list = ids.map((id) => pack.sources?.[id]).filter((source): source is Source => !!source);
  return html`<ol class="sources" part="sources">
    ${list.map((source) => html`<li>${renderSource(source, s[sourceKindKey(source.kind)])}</li>`)}
  </ol>`;
}
