import type { GlossaryEntry } from '@psy-widgets/content';
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { lazy } from '../lazy.js';
import { hold, whenIdle } from '../pending.js';
import { PsyElement, type InputProblem } from '../psy-element.js';
import { themed } from '../theme/themed.js';
import { styles } from './psy-term.styles.js';

// The positioning library loads when a definition first opens, or before: when the browser is idle after the first
// term renders, and when a term is hovered or focused. Without it (offline), a definition shows where it is.
const floating = lazy(() => import('./floating.js'));

// The default glossary loads as the first term renders; the words show meanwhile, as the button they become. If it
// does not load (offline), the words stay, as plain text, until a term that asks again.
const defaultGlossary = lazy(
  () => import('@psy-widgets/content/packs/en-GB/glossary.js').then((m) => m.glossary),
  '<psy-term>: the glossary did not load, so glossary words show as plain text',
);

/** The term whose definition is showing: one at a time on the whole page. */
const showing: { term?: PsyTerm } = {};

/**
 * A technical word in running text, with its plain definition from the glossary. The words stay where they are, as a
 * button; hovering, focusing or tapping it shows the definition in a popover beside it, which stays inside the
 * screen at any edge. The popover stays while the pointer is over the word or the popover, or focus is on the word,
 * and closes with Esc (focus stays put), a second tap, or a tap elsewhere. Only one is open at a time. Screen readers
 * read the definition as the button's description.
 *
 * Works inside the psy-widgets elements and in a clinic's own copy:
 * `<psy-term term="transference">transference</psy-term>`.
 *
 * @tag psy-term
 * @summary A glossary term with an accessible popover definition.
 *
 * @slot - The words as they appear in the text. The glossary's own name for the term when left empty.
 *
 * @csspart trigger - The button around the words.
 * @csspart popover - The popover holding the definition.
 */
export class PsyTerm extends PsyElement {
  static override styles = themed(styles);
  static override properties: PropertyDeclarations = {
    term: {},
    glossary: { attribute: false },
    open: { state: true },
  };

  /** The id of a glossary entry, e.g. `transference`. */
  term = '';

  /**
   * Glossary entries by id, added to (and overriding) the default English glossary. Elements pass their content
   * pack's glossary here.
   */
  glossary?: Record<string, GlossaryEntry>;

  private open = false;

  private hovered = false;
  private focused = false;
  private pinned = false;
  private pressed = false;
  private leaveTimer?: ReturnType<typeof setTimeout>;
  private stopPositioning?: () => void;

  constructor() {
    super();
    this.addEventListener('pointerenter', (event) => {
      void floating.load();
      if (event.pointerType === 'touch') return;
      clearTimeout(this.leaveTimer);
      this.hovered = true;
      this.sync();
    });
    // a moment's grace, so the pointer can cross the gap between the words and the popover
    this.addEventListener('pointerleave', (event) => {
      if (event.pointerType === 'touch') return;
      this.leaveTimer = setTimeout(() => {
        this.hovered = false;
        this.sync();
      }, 300);
    });
    // keyboard focus opens it; a click or tap (which may focus the button too) opens it through the click instead
    this.addEventListener('pointerdown', () => (this.pressed = true));
    this.addEventListener('focusin', () => {
      void floating.load();
      this.focused = !this.pressed;
      this.pressed = false;
      this.sync();
    });
    this.addEventListener('focusout', () => {
      this.focused = this.pinned = false;
      this.sync();
    });
  }

  private get entries(): Record<string, GlossaryEntry> {
    return { ...defaultGlossary.value, ...this.glossary };
  }

  /** Closes the popover until the words are hovered, focused or pressed again. */
  close(): void {
    clearTimeout(this.leaveTimer);
    this.hovered = this.focused = this.pinned = false;
    this.sync();
  }

  private sync(): void {
    this.open = this.hovered || this.focused || this.pinned;
    if (this.open && showing.term !== this) {
      showing.term?.close();
      showing.term = this;
    } else if (!this.open && showing.term === this) {
      showing.term = undefined;
    }
  }

  private onClick(): void {
    this.pressed = false;
    if (this.pinned) {
      this.close();
    } else {
      this.pinned = true;
      this.sync();
    }
  }

  private onDocumentKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.close();
  };

  private onDocumentPointer = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this)) this.close();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('term') && !defaultGlossary.value && !this.glossary?.[this.term])
      hold(this, defaultGlossary.load());
  }

  protected override validate(): InputProblem[] {
    if (!defaultGlossary.value && !defaultGlossary.failed && !this.glossary?.[this.term]) return []; // loading
    const entries = this.entries;
    if (typeof entries[this.term]?.definition === 'string') return [];
    return [
      { name: 'term', received: this.term, expected: `the id of a glossary entry: ${Object.keys(entries).join(', ')}` },
    ];
  }

  /** Unknown term: the words stay, as plain text; the console gets the details. */
  protected override renderProblems(): TemplateResult {
    return html`<slot></slot>`;
  }

  /** While the glossary loads: the words, already as the button, with the definition to come. */
  protected override renderPending(): TemplateResult {
    return this.renderTerm(undefined);
  }

  protected renderContent(): TemplateResult {
    return this.renderTerm(this.entries[this.term]!);
  }

  private renderTerm(entry: GlossaryEntry | undefined): TemplateResult {
    return html`<button
        type="button"
        part="trigger"
        aria-expanded=${this.open}
        aria-controls="definition"
        aria-describedby="definition"
        @click=${this.onClick}
      >
        <slot>${entry?.term ?? nothing}</slot></button
      ><span id="definition" part="popover" role="tooltip" popover="manual" ?hidden=${!this.open}
        >${entry?.definition ?? nothing}</span
      >`;
  }

  protected override firstUpdated(): void {
    whenIdle(floating.load);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open' as keyof PsyTerm)) return;
    const trigger = this.renderRoot.querySelector('button');
    const popover = this.renderRoot.querySelector<HTMLElement>('[part=popover]');
    this.stopPositioning?.();
    this.stopPositioning = undefined;
    if (this.open && trigger && popover) {
      popover.showPopover?.();
      void this.position(trigger, popover);
      document.addEventListener('keydown', this.onDocumentKey);
      document.addEventListener('pointerdown', this.onDocumentPointer);
    } else {
      popover?.hidePopover?.();
      document.removeEventListener('keydown', this.onDocumentKey);
      document.removeEventListener('pointerdown', this.onDocumentPointer);
    }
  }

  /** Keeps the definition beside the words; it stays invisible until first placed, so it never jumps. */
  private async position(trigger: HTMLElement, popover: HTMLElement): Promise<void> {
    popover.toggleAttribute('data-placing', true);
    const library = await floating.load();
    if (!library) {
      popover.removeAttribute('data-placing'); // not loaded (offline): where it is; the next opening tries again
      return;
    }
    const { computePosition, flip, offset, shift } = library;
    if (!this.open || this.stopPositioning || !popover.isConnected) return; // closed (or reopened) meanwhile
    const place = () =>
      computePosition(trigger, popover, {
        strategy: 'fixed',
        placement: 'top',
        middleware: [offset(8), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        Object.assign(popover.style, { left: `${x}px`, top: `${y}px` });
        popover.removeAttribute('data-placing');
      });
    // A definition is open only briefly, so a scroll anywhere (captured: scroll does not bubble) or a resize is all that
    // moves the words under it: floating-ui's autoUpdate, with its observers, would add a tenth to the lazy chunk.
    const listen = { capture: true, passive: true };
    addEventListener('scroll', place, listen);
    addEventListener('resize', place, listen);
    this.stopPositioning = () => {
      removeEventListener('scroll', place, listen);
      removeEventListener('resize', place, listen);
    };
    void place();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.close();
    this.stopPositioning?.();
    this.stopPositioning = undefined;
    document.removeEventListener('keydown', this.onDocumentKey);
    document.removeEventListener('pointerdown', this.onDocumentPointer);
  }
}
