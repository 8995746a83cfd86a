import {
  ContentResolver,
  headingLevelProblem,
  loadHelpNow,
  hold,
  track,
  whenIdle,
  PsyElement,
  type InputProblem,
  settingsFor,
  renderBlocks,
  sourceKindStrings,
  format,
  loadTerm,
  linkButton,
  themed,
} from '@psy-widgets/core';
import type { PartialContentPack, Therapy } from '@psy-widgets/content';
import { explainerStrings } from './strings.js';
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  buildView,
  choiceProblems,
  jsonLd,
  required,
  rest,
  shown,
  sources,
  waitsForRest,
  type ExplainerLayout,
  type View,
} from './model.js';
import { renderReview, warnIfOverdue } from './review.js';
import { renderHelpLink } from './help-link.js';
import { renderSection } from './sections.js';
import { styles } from './psy-explainer.styles.js';

export type { ExplainerLayout };

/**
 * Explains one therapy approach in plain English: an overview, then sections (core ideas, techniques, what it can
 * help with, who it may suit, what sessions are like, how long it takes, its variants, how it differs from CBT, self-help
 * and other treatment), questions people often ask, and the sources, with when the text was last reviewed and by
 * whom. Technical words open their definition in a popover. Each section has a stable id: a page opened at
 * `#psy-techniques` (for example) opens that section and scrolls to it.
 *
 * @tag psy-explainer
 * @summary Explains a therapy approach, with glossary, sources and review dates.
 *
 * @slot cta - After the content: a call to action such as "Book a free consultation".
 *
 * @csspart article - The whole explainer.
 * @csspart title - The title (the therapy's name).
 * @csspart section - One section.
 * @csspart toggle - The button in a section heading (accordion layout).
 * @csspart sources-toggle - The button that shows a section's sources.
 * @csspart sources - A list of sources.
 * @csspart source-kind - The kind of a source (guideline, systematic review, …), before its title.
 * @csspart read-more - The "Read more" button or link (summary layout).
 * @csspart help-link - The "If you need help now" button.
 * @csspart help - The urgent-help panel (`<psy-help-now>`).
 * @csspart review - The footer with the review dates.
 * @csspart pending - The place kept for text that is still loading (CBT's, or while a clinic's content is checked).
 *
 * @fires psy-toggle - A section of the accordion was opened or closed (also by a deep link). `detail: { section, open }`.
 */
export class PsyExplainer extends PsyElement {
  static override styles = themed(linkButton, styles);
  static override english = { ...sourceKindStrings, ...explainerStrings };
  static override properties: PropertyDeclarations = {
    therapy: {},
    sections: {},
    layout: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    moreHref: { attribute: 'more-href' },
    region: {},
    noHelpLink: { type: Boolean, attribute: 'no-help-link' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    content: { attribute: false },
    opened: { state: true },
    sourcesShown: { state: true },
    expanded: { state: true },
    helpOpen: { state: true },
  };

  /** The therapy to explain: `psychodynamic`, `cbt`, or any therapy id in the content. */
  therapy = 'psychodynamic';

  /**
   * Which sections to show, in the order given (ids separated by spaces): the therapy's sections (such as
   * `principles techniques helps-with`) and `faq` and `sources`. All of them when left out.
   */
  sections?: string;

  /** `full` (everything open), `accordion` (each section opens from its heading) or `summary` (overview and "Read more"). */
  layout: ExplainerLayout = 'full';

  /** The level of the title heading, 2 to 6, to fit the page's outline; the sections are one level below. */
  headingLevel = 2;

  /** Summary layout: where "Read more" goes (the clinic's full page). Without it, "Read more" opens the sections here. */
  moreHref?: string;

  /** The region of the urgent-help panel (ISO 3166, e.g. `GB`); by default from the nearest `lang`. */
  region?: string;

  /** Leaves out the "If you need help now" link. */
  noHelpLink = false;

  /** Writes schema.org JSON-LD (MedicalWebPage, FAQPage) into the page, for search engines. */
  structuredData = false;

  /** A content pack (or part of one) merged over the default English content. */
  content?: PartialContentPack;

  private opened: ReadonlySet<string> = new Set();
  private sourcesShown: ReadonlySet<string> = new Set();
  private expanded = false;
  private helpOpen = false;

  private resolver = new ContentResolver(this, shown, () => required(rest));
  private view?: View;
  private jsonLd?: HTMLScriptElement;

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.openFromHash);
    if (this.hasUpdated) this.requestUpdate(); // moved in the page: write the JSON-LD again
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.openFromHash);
    this.jsonLd?.remove();
    this.jsonLd = undefined;
  }

  protected override firstUpdated(): void {
    // glossary words show at once as plain text; updateComplete waits for them to become terms
    if (!customElements.get('psy-term')) track(this, loadTerm());
    if (!shown.sources) track(this, sources.load());
    // the urgent-help panel loads when the browser is idle, or when asked for, if sooner
    whenIdle(loadHelpNow);
    void this.updateComplete.then(this.openFromHash);
  }

  /** The sources are part of a complete render: a server render's, and the hydration that follows it. */
  static override preload = () => sources.load();

  /** Opens and scrolls to the section named by the page's address (`#psy-<section>`), if it is one of ours. */
  private openFromHash = async (): Promise<void> => {
    const id = location.hash.slice(1); // section ids are plain (kebab case): nothing to decode
    const section = this.view?.sections.find((s) => `psy-${s.id}` === id);
    if (!section) return;
    this.expanded = true;
    this.setOpen(section.id, true);
    await this.updateComplete;
    this.renderRoot.querySelector(`#${id}`)?.scrollIntoView();
  };

  private setOpen(section: string, open: boolean): void {
    if (this.opened.has(section) === open) return;
    const opened = new Set(this.opened);
    if (open) opened.add(section);
    else opened.delete(section);
    this.opened = opened;
    if (this.layout === 'accordion') this.emit('psy-toggle', { section, open });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // CBT's text is requested here, not while rendering: if it does not load, its message shows until asked again
    const asked = !this.hasUpdated || changed.has('therapy') || changed.has('content');
    if (asked && !this.ownContent && waitsForRest(this.therapy)) hold(this, rest.load());
  }

  private get ownContent(): boolean {
    return this.content !== undefined && this.content !== null;
  }

  protected override validate(): InputProblem[] {
    this.view = undefined;
    const own = this.ownContent;
    if (!own && waitsForRest(this.therapy)) {
      // a default therapy whose text loads on request (CBT): its place is kept meanwhile
      if (!rest.failed) return [];
      return [
        {
          name: 'therapy',
          received: this.therapy,
          expected: 'a therapy whose text has loaded',
          message: `The text about "${this.therapy}" did not load (${String(rest.error)}).`,
        },
      ];
    }
    const resolved = own ? this.resolver.resolve(this.content) : { pack: rest.value ?? shown, problems: [] };
    if (!resolved) return []; // a clinic's content is being checked: nothing shows until it has been
    const { pack } = resolved;
    const { settings, problems: settingsProblems } = settingsFor(this);
    const level = this.headingLevel;
    const problems = [
      ...resolved.problems,
      ...settingsProblems,
      ...choiceProblems(pack, own, this.therapy, this.layout),
      ...[headingLevelProblem(this, level, [2, 6])].filter((problem) => !!problem),
    ];
    if (problems.length) return problems;
    const s = this.strings;
    const built = buildView({
      pack,
      therapy: pack.therapies![this.therapy]!,
      sections: this.sections,
      level,
      reviewer: settings.reviewer,
      titles: { faq: s.explainerFaq, sources: s.explainerSources },
    });
    if ('name' in built) return [built];
    this.view = built;
    return [];
  }

  /** While text loads (CBT's, or the checker for a clinic's own): its place, kept as psy-widgets.css keeps it. */
  protected override renderPending(): TemplateResult {
    return html`<div class="pending" part="pending" aria-busy="true"></div>`;
  }

  protected renderContent(): TemplateResult {
    const { therapy, sections, level, pack } = this.view!;
    const s = this.strings;
    const summary = this.layout === 'summary';
    return html`<article part="article" aria-labelledby="title">
      <div class="title" part="title" id="title" role="heading" aria-level=${level}>${therapy.name}</div>
      <div class="overview">${renderBlocks(therapy.overview, { glossary: pack.glossary })}</div>
      ${summary ? this.renderReadMore(therapy) : nothing}
      <div class="sections" ?hidden=${summary && !this.expanded}>
        ${sections.map((section) => {
          const accordion = this.layout === 'accordion';
          const open = !accordion || this.opened.has(section.id);
          const sourcesShown = this.sourcesShown.has(section.id);
          const toggle = () => this.setOpen(section.id, !open);
          const toggleSources = () => this.toggleSources(section.id);
          return renderSection(s, section, level + 1, pack, accordion, open, sourcesShown, toggle, toggleSources);
        })}
      </div>
      <slot name="cta"></slot>
      ${this.noHelpLink ? nothing : renderHelpLink(s, level + 1, this.helpOpen, this.toggleHelp, this.region, this.content)}
      ${renderReview(this.view!, this.strings)}
    </article>`;
  }

  private renderReadMore(therapy: Therapy): TemplateResult | typeof nothing {
    const s = this.strings;
    const label = html`${s.explainerReadMore}<span class="visually-hidden">
        ${format(s.explainerReadMoreAbout, { therapy: therapy.name })}</span
      >`;
    return this.moreHref
      ? html`<p><a class="read-more" part="read-more" href=${this.moreHref}>${label}</a></p>`
      : this.expanded
        ? nothing
        : html`<p>
            <button type="button" class="button secondary" part="read-more" @click=${this.readMore}>${label}</button>
          </p>`;
  }

  private async readMore(): Promise<void> {
    this.expanded = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.sections .h')?.focus();
  }

  private toggleSources(section: string): void {
    const shown = new Set(this.sourcesShown);
    if (!shown.delete(section)) shown.add(section);
    this.sourcesShown = shown;
  }

  private toggleHelp(): void {
    this.helpOpen = !this.helpOpen;
    if (this.helpOpen) track(this, loadHelpNow()); // normally loaded already; its sentence shows until it is
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.view) warnIfOverdue(this, this.view.therapy);
    const view = this.structuredData ? this.view : undefined;
    if (!view) {
      this.jsonLd?.remove();
      this.jsonLd = undefined;
      return;
    }
    // a server render may have written it already: take that one over rather than add a second
    this.jsonLd ??= this.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]') ?? undefined;
    if (jsonLd.value) this.jsonLd = jsonLd.value.writeJsonLd(this, view, this.jsonLd);
    // requested when first needed and when asked for again; updates again once loaded
    else if (!jsonLd.failed || changed.has('structuredData')) track(this, jsonLd.load());
  }
}
