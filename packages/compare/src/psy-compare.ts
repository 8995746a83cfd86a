import {
  ContentResolver,
  headingLevelProblem,
  lazy,
  track,
  PsyElement,
  type InputProblem,
  renderRichText,
  renderSourceKind,
  sourceKindKey,
  sourceKindStrings,
  format,
  loadTerm,
  linkButton,
  themed,
  words,
} from '@psy-widgets/core';
import type { Aspect, ContentPack, PartialContentPack, RichText, Therapy } from '@psy-widgets/content';
import { compareStrings } from './strings.js';
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { aspects, comparison } from '@psy-widgets/content/packs/en-GB/comparison.js';
import { therapyNames } from '@psy-widgets/content/packs/en-GB/therapies/shared.js';
import { styles } from './psy-compare.styles.js';

/** A copy of `set` with `key` added, or taken out if it was in: a new value, so Lit renders again. */
const toggled = (set: ReadonlySet<string>, key: string): ReadonlySet<string> => {
  const copy = new Set(set);
  if (!copy.delete(key)) copy.add(key);
  return copy;
};

/** What the comparison shows of a therapy. */
type TherapyName = Pick<Therapy, 'id' | 'name' | 'shortName'>;

/**
 * What shows by default: the comparison, and the therapies' names (from `therapyNames`), not their texts. Each
 * `<psy-term>` loads the default glossary itself. Of the sources, only the parts the comparison cites: CBT's own
 * text cites more, which load with that text.
 */
const shown: ContentPack = { locale: 'en-GB', aspects, comparison };

/** The sources the cells cite load just after the first render, and join `shown`, which renders them from then on. */
const sources = lazy(() =>
  import('@psy-widgets/content/packs/en-GB/sources.js').then(({ sources }) => (shown.sources = sources)),
);

interface View {
  pack: ContentPack;
  therapies: TherapyName[];
  aspects: Aspect[];
}

/**
 * Two or three therapy approaches side by side, aspect by aspect, each statement with its sources. A wide element
 * shows a table; a narrow one (decided by the element's own width, through a container query) shows each aspect as a
 * group with the approaches stacked and the aspect's sources behind one button. Neutral by design: the columns keep
 * the order the page gives, and nothing in it says which approach is better.
 *
 * @tag psy-compare
 * @summary Compares therapy approaches side by side, fairly and with sources.
 *
 * @slot cta - After the closing note: a link to the self-check, or to the clinic's contact page.
 *
 * @csspart table - The comparison table (wide layout).
 * @csspart groups - The aspect-by-aspect groups (narrow layout).
 * @csspart title - The title of the comparison (in the table's caption when wide).
 * @csspart flag - The "Differs most" mark on an aspect, when `highlight` is set.
 * @csspart more - A "More" button that shows or hides a statement's detail.
 * @csspart sources - The sources under a statement (wide), or of one approach on an aspect (narrow).
 * @csspart sources-toggle - The button that shows an aspect's sources (narrow layout).
 * @csspart source-kind - The kind of a source (guideline, systematic review, …), before its title.
 * @csspart note - The closing note.
 */
export class PsyCompare extends PsyElement {
  static override styles = themed(linkButton, styles);
  static override english = { ...sourceKindStrings, ...compareStrings };
  static override properties: PropertyDeclarations = {
    therapies: {},
    aspects: {},
    highlight: { type: Boolean },
    headingLevel: { type: Number, attribute: 'heading-level' },
    content: { attribute: false },
    open: { state: true },
    sourcesOpen: { state: true },
  };

  /** Two or three therapy ids, separated by spaces, in the order of the columns. */
  therapies = 'cbt psychodynamic';

  /** Which aspects to show, and in which order (ids separated by spaces). All of them when left out. */
  aspects?: string;

  /** Marks the aspects where the approaches differ most, in words as well as visibly. */
  highlight = false;

  /** The level of the title heading (1 to 5); the aspects of the narrow layout are one level below. */
  headingLevel = 2;

  /** A content pack (or part of one) merged over the default English content. */
  content?: PartialContentPack;

  private open: ReadonlySet<string> = new Set();
  /** Aspects whose sources are shown in the narrow layout. */
  private sourcesOpen: ReadonlySet<string> = new Set();

  private resolver = new ContentResolver(this, shown, () =>
    import('./default-content.js').then((m) => m.compareDefaults),
  );
  private view?: View;

  protected override firstUpdated(): void {
    // glossary words show at once as plain text; updateComplete waits for them to become terms
    if (!customElements.get('psy-term')) track(this, loadTerm());
    if (!shown.sources) track(this, sources.load());
  }

  /** The sources are part of a complete render: a server render's, and the hydration that follows it. */
  static override preload = () => sources.load();

  protected override validate(): InputProblem[] {
    this.view = undefined;
    const resolved = this.resolver.resolve(this.content);
    if (!resolved) return []; // a clinic's content is being checked: nothing shows until it has been
    const { pack } = resolved;
    // a copy: the resolver keeps its answer for the next render
    const problems = [...resolved.problems];
    if (problems.length) return problems;

    const therapies: Record<string, TherapyName> = pack.therapies ?? therapyNames;
    const known = Object.keys(pack.comparison ?? {}).filter((id) => therapies[id]);
    const therapyIds = words(this.therapies);
    if (therapyIds.length < 2 || therapyIds.length > 3 || therapyIds.some((id) => !known.includes(id))) {
      problems.push({
        name: 'therapies',
        received: this.therapies,
        expected: `two or three of ${known.join(', ')}, separated by spaces`,
      });
    }

    const allAspects = pack.aspects ?? [];
    const aspectIds = this.aspects?.trim() ? words(this.aspects) : allAspects.map((aspect) => aspect.id);
    const aspects = aspectIds.map((id) => allAspects.find((aspect) => aspect.id === id));
    if (!aspects.length || aspects.includes(undefined)) {
      problems.push({
        name: 'aspects',
        received: this.aspects ?? null,
        expected: `any of ${allAspects.map((aspect) => aspect.id).join(', ')}, separated by spaces`,
      });
    }

    const level = headingLevelProblem(this, this.headingLevel, [1, 5]);
    if (level) problems.push(level);

    if (!problems.length) {
      this.view = { pack, therapies: therapyIds.map((id) => therapies[id]!), aspects: aspects as Aspect[] };
    }
    return problems;
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    const view = this.view;
    if (!view) return nothing;
    const s = this.strings;
    const names = view.therapies.map((therapy) => therapy.name);
    const [a = '', b = '', c = ''] = names;
    const title = format(names.length === 2 ? s.compareTitleTwo : s.compareTitleThree, { a, b, c });
    const level = this.headingLevel;
    const titleHeading = html`<div class="title" part="title" role="heading" aria-level=${level}>${title}</div>`;
    const highlightNote = this.highlight ? html`<p class="highlight-note">${s.compareHighlightNote}</p>` : nothing;

    return html`<div class="compare" data-columns=${view.therapies.length}>
      <table class="wide" part="table">
        <caption>
          ${titleHeading}${highlightNote}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="aspect-column">${s.compareAspect}</th>
            ${view.therapies.map((therapy) => html`<th scope="col">${therapy.name}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${view.aspects.map(
            (aspect) =>
              html`<tr class=${this.differs(aspect) ? 'differs' : ''}>
                <th scope="row">${aspect.label}${this.flag(aspect)}</th>
                ${view.therapies.map((therapy) => html`<td>${this.cell(view, 'wide', therapy, aspect)}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>

      <div class="narrow" part="groups">
        ${titleHeading}${highlightNote}
        ${view.aspects.map(
          (aspect) =>
            html`<section class="group ${this.differs(aspect) ? 'differs' : ''}">
              <div class="aspect" role="heading" aria-level=${level + 1}>${aspect.label}${this.flag(aspect)}</div>
              <dl>
                ${view.therapies.map(
                  (therapy) =>
                    html`<dt>${therapy.shortName}:</dt>
                      <dd>${this.cell(view, 'narrow', therapy, aspect)}</dd>`,
                )}
              </dl>
              ${this.aspectSources(view, aspect)}
            </section>`,
        )}
      </div>

      <div class="closing">
        <p part="note">${names.length === 2 ? s.compareNoteTwo : s.compareNoteMore}</p>
        <slot name="cta"></slot>
      </div>
    </div>`;
  }

  private differs(aspect: Aspect): boolean {
    return this.highlight && aspect.differsMost;
  }

  private flag(aspect: Aspect) {
    return this.differs(aspect)
      ? html`<span class="visually-hidden">, </span
          ><span class="flag" part="flag">${this.strings.compareDiffersMost}</span>`
      : nothing;
  }

  /** One therapy's statement on one aspect: summary, optional detail behind a "More" button, and sources. */
  private cell(view: View, layout: string, therapy: TherapyName, aspect: Aspect) {
    const s = this.strings;
    const cell = view.pack.comparison?.[therapy.id]?.[aspect.id];
    if (!cell) return html`<p class="missing">${s.compareNoCell}</p>`;
    const key = `${therapy.id} ${aspect.id}`;
    const open = this.open.has(key);
    const id = `${layout}-${therapy.id}-${aspect.id}`;
    return html`<p class="summary">${this.rich(view, cell.summary)}</p>
      ${
        cell.detail
          ? html`<button
                type="button"
                class="link-button more"
                part="more"
                aria-expanded=${open}
                aria-controls=${id}
                @click=${() => (this.open = toggled(this.open, key))}
              >
                ${s.compareMore}<span class="visually-hidden">
                  ${format(s.compareMoreAbout, { therapy: therapy.shortName, aspect: aspect.label })}</span
                >
              </button>
              <p class="detail" id=${id} ?hidden=${!open}>${this.rich(view, cell.detail)}</p>`
          : nothing
      }
      ${
        layout === 'wide' && cell.sources.length
          ? html`<p class="sources" part="sources">${s.compareSources} ${this.sourceList(view, cell.sources)}</p>`
          : nothing
      }`;
  }

  /** Sources as one line: each with its kind, its title (a link where it has an address) and who published it. */
  private sourceList(view: View, ids: readonly string[]) {
    return ids.map((sourceId, index) => {
      const source = view.pack.sources?.[sourceId];
      if (!source) return nothing;
      const by = source.publisher ?? source.author;
      return html`${index ? '; ' : ''}${renderSourceKind(this.strings[sourceKindKey(source.kind)])}${
        source.url ? html`<a href=${source.url}>${source.title}</a>` : html`<cite>${source.title}</cite>`
      }${by ? `, ${by}` : ''}`;
    });
  }

  /** The narrow layout's sources of one aspect, every approach's, behind one button. */
  private aspectSources(view: View, aspect: Aspect) {
    const rows = view.therapies
      .map((therapy) => ({ therapy, ids: view.pack.comparison?.[therapy.id]?.[aspect.id]?.sources ?? [] }))
      .filter((row) => row.ids.length);
    if (!rows.length) return nothing;
    const open = this.sourcesOpen.has(aspect.id);
    const id = `narrow-sources-${aspect.id}`;
    return html`<button
        type="button"
        class="link-button more sources-toggle"
        part="sources-toggle"
        aria-expanded=${open}
        aria-controls=${id}
        @click=${() => (this.sourcesOpen = toggled(this.sourcesOpen, aspect.id))}
      >
        ${format(this.strings.compareSourcesFor, { aspect: aspect.label })}
      </button>
      <div class="aspect-sources" id=${id} ?hidden=${!open}>
        ${rows.map(
          ({ therapy, ids }) =>
            html`<p class="sources" part="sources">
              <strong>${therapy.shortName}:</strong> ${this.sourceList(view, ids)}
            </p>`,
        )}
      </div>`;
  }

  private rich(view: View, text: RichText) {
    return renderRichText(text, { glossary: view.pack.glossary });
  }
}
