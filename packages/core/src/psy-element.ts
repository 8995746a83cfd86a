import {
  LitElement,
  ReactiveElement,
  html,
  isServer,
  nothing,
  type CSSResultGroup,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { defineElement } from './define-element.js';
import type { PsyEventMap, PsyEventName } from './events.js';
import { busyOf, pendingOf } from './pending.js';
import { format, localeOf, stringsFor, type PsyStrings } from './strings/index.js';
import { SurfaceController } from './theme/surface.js';
import { themed } from './theme/themed.js';
import { VERSION } from './version.js';

/** Something wrong with an element's input: which attribute or property, what it held, and what it accepts. */
export interface InputProblem {
  /** The attribute or property, e.g. `therapy` or `.content`. */
  name: string;
  /** What was given, as the page wrote it. */
  received: unknown;
  /** What is accepted, in words: "psychodynamic or cbt", "a number from 2 to 6". */
  expected: string;
  /** A ready-made sentence, used instead of the one built from the fields above. */
  message?: string;
}

/** A problem as one plain sentence: `therapy="xyz" is not accepted; use psychodynamic or cbt.` */
export function describeProblem(problem: InputProblem): string {
  if (problem.message) return problem.message;
  const shown = typeof problem.received === 'string' ? `"${problem.received}"` : JSON.stringify(problem.received);
  return `${problem.name}=${shown ?? String(problem.received)} is not accepted; use ${problem.expected}.`;
}

/**
 * The base of every psy-widgets element: the shared tokens and styles, a safe `define()`, typed events, the
 * strings table, and one way to show bad input. Subclasses implement `renderContent()` and, where their input can
 * be wrong, `validate()`; `render()` is a view of what `validate()` resolved. Whatever goes wrong while rendering,
 * the element shows a calm message instead of going blank, and the page's console gets one warning naming the
 * problem.
 *
 * @csspart problem - The message shown in place of the content when the input is not accepted.
 * @cssprop [--psy-brand=#2f6f6a] - The clinic's brand colour. Everything else is derived from it.
 * @cssprop --psy-on-brand - Text on the brand colour. Derived: black or white, whichever contrasts more (≥ 4.58:1).
 * @cssprop --psy-brand-hover - Brand colour of a hovered button. Derived: moves away from the on-brand text colour.
 * @cssprop --psy-accent - Brand-tinted text, links and icons on the surface. Derived: contrast ≥ 4.5:1 in light and dark.
 * @cssprop --psy-accent-subtle - A quiet brand-tinted background (open sections, selected answers).
 * @cssprop --psy-border - Borders and dividers.
 * @cssprop --psy-focus-ring - The keyboard focus outline. Defaults to the accent colour.
 * @cssprop --psy-surface - The widget's background. Setting it gives the widget a padded, rounded surface of its own.
 * @cssprop --psy-text - Body text colour.
 * @cssprop --psy-text-muted - Secondary text (sources, review dates).
 * @cssprop [--psy-font-family=inherit] - Font. Inherits the host page's font by default.
 * @cssprop [--psy-font-size=1rem] - Base text size.
 * @cssprop [--psy-line-height=1.6] - Line height of body text.
 * @cssprop [--psy-measure=68ch] - The longest line of body text, for comfortable reading.
 * @cssprop [--psy-radius=0.5rem] - Corner radius of boxes and buttons.
 * @cssprop [--psy-space=1rem] - The base spacing unit.
 */
export abstract class PsyElement extends LitElement {
  /** The psy-widgets version of this copy, compared by `define()` when a tag is already registered. */
  static readonly version = VERSION;

  /**
   * Subclasses give their own styles with `themed(styles)`, and declare Lit's reactive properties in `static
   * properties` rather than with decorators, which add code to every element's file.
   */
  static override styles: CSSResultGroup = themed();

  /** Registers the element under `tag`, unless the page has that tag already. */
  static define(tag: string): void {
    defineElement(tag, this as unknown as CustomElementConstructor & { version: string });
  }

  private lastWarning = '';
  /** What the last check found wrong, each as a sentence; undefined while the content waits for a lazy part. */
  private problems?: string[];

  constructor() {
    super();
    // it reads the page's colours, which a server render has none of
    if (!isServer) new SurfaceController(this);
  }

  /**
   * The element's own English strings (its part of the table in strings/): the fallback for every language, and all
   * the words of the table a page loads for this element.
   */
  static english: Partial<PsyStrings> = {};

  /** The UI strings for this element's language (its nearest `lang`). */
  protected get strings(): PsyStrings {
    return stringsFor(localeOf(this), (this.constructor as typeof PsyElement).english);
  }

  /**
   * Loads what a complete render needs beyond what `validate()` waits for (such as sources shown later in a browser):
   * awaited before a server render, and before hydrating one, so that both render the same thing (see settle.ts).
   */
  declare static preload?: () => Promise<unknown>;

  /**
   * Server-rendered DOM (a declarative shadow root) is dropped, and the element renders fresh, unless
   * `psy-widgets/ssr-client` (see hydration.ts) takes it over to hydrate it.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (isServer || !this.shadowRoot) return super.createRenderRoot();
    this.shadowRoot.replaceChildren();
    // Lit's own set-up (styles adopted), past any hydrate support, which would try to hydrate the empty root
    return ReactiveElement.prototype['createRenderRoot'].call(this);
  }

  /**
   * Checks the input: the problems with it (an empty list means the content can render), and, as the element's own
   * fields, the model the content renders from. Runs before each render (in `update()`), never from `render()`.
   */
  protected validate(): InputProblem[] {
    return [];
  }

  /** The element's content, rendered from the model `validate()` resolved when it found nothing wrong. */
  protected abstract renderContent(): TemplateResult | typeof nothing;

  /**
   * What always shows, around the view of the content, the pending place or the bad-input message: by default the
   * view alone. `accepted` says whether it is the content. The urgent help that must never wait lives here.
   */
  protected renderFrame?(view: TemplateResult | typeof nothing, accepted: boolean): TemplateResult | typeof nothing;

  /** Fires a `psy-*` event that bubbles out of every shadow root. Returns false if a listener cancelled it. */
  protected emit<K extends PsyEventName>(type: K, detail: PsyEventMap[K], cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  /** What shows while the content waits for something that loads lazily (a content check): nothing, by default. */
  protected renderPending(): TemplateResult | typeof nothing {
    return nothing;
  }

  /** Also waits for lazily loaded work the content depends on, so `await el.updateComplete` sees the outcome. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let pending = busyOf(this); pending; pending = busyOf(this)) {
      await pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * Checks the input before Lit renders; the page's console hears once about what is wrong. Whatever throws, in the
   * check or in the view, shows as a message instead: a widget never goes blank.
   */
  protected override update(changed: PropertyValues): void {
    try {
      this.runCheck();
      super.update(changed);
    } catch (error) {
      this.checkFailed(error);
      super.update(changed);
    }
  }

  private runCheck(): void {
    const problems = this.validate().map(describeProblem);
    this.problems = pendingOf(this) ? undefined : problems;
    if (this.problems) this.warnOnce(this.problems);
  }

  private checkFailed(error: unknown): void {
    this.warnOnce(
      (this.problems = [
        format(this.strings.problemUnexpected, { message: (error as Error)?.message ?? String(error) }),
      ]),
    );
  }

  protected override render(): TemplateResult | typeof nothing {
    // a server render (Lit SSR) calls willUpdate() and render() but not update(), so the input is checked here there
    if (isServer) {
      try {
        this.runCheck();
      } catch (error) {
        this.checkFailed(error);
      }
    }
    const problems = this.problems;
    const view = !problems
      ? this.renderPending()
      : problems.length
        ? this.renderProblems(problems)
        : this.renderContent();
    return this.renderFrame?.(view, problems?.length === 0) ?? view;
  }

  /** The bad-input message: what a visitor sees (calm, short) and what the web team needs (the details). */
  protected renderProblems(problems: string[]): TemplateResult {
    return html`<div class="problem" part="problem" role="status">
      <p class="problem-title">${this.strings.problemTitle}</p>
      <p>${this.strings.problemHelp}</p>
      <ul>
        ${problems.map((text) => html`<li>${text}</li>`)}
      </ul>
    </div>`;
  }

  private warnOnce(problems: string[]): void {
    const message = problems.length ? `[psy-widgets] <${this.localName}>: ${problems.join(' ')}` : '';
    if (message === this.lastWarning) return;
    this.lastWarning = message;
    if (message) console.warn(message);
  }
}
