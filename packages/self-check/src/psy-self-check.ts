import {
  loadHelpNow,
  isKnownRegion,
  resolveRegion,
  clampLevel,
  headingLevelProblem,
  lazy,
  hold,
  track,
  whenIdle,
  PsyElement,
  type InputProblem,
  renderRichText,
  format,
  themed,
} from '@psy-widgets/core';
import { assessAnswers, type Question, type QuestionSet } from '@psy-widgets/content';
import { selfCheckStrings } from './strings.js';
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { styles } from './psy-self-check.styles.js';

type Screen = 'intro' | 'question' | 'crisis' | 'result';
type FocusTarget = 'title' | 'question' | 'answers' | 'crisis' | 'result';

// The result screen loads while the visitor answers: when the browser is idle after the first render, and at Start.
const result = lazy(() => import('./result.js'));

// The default questions, with their leans, sources and notes, load from their own file as soon as this one has run;
// until they arrive the header, with "I need help now", shows alone.
const defaults = lazy(() => import('@psy-widgets/content/packs/en-GB/self-check.js').then((m) => m.questionSets));
void defaults.load();

// The schema that checks a page's own question set loads with the first one.
const checker = lazy(() => import('./check-questions.js'));

/**
 * "Is this approach right for me?": a short, private reflection. An intro says what it is and is not; one question
 * per step, with native radio buttons; then a result in plain words with the reasons behind it, what to do next and
 * questions worth asking at a first session. "I need help now" sits in the same place on every screen.
 *
 * The urgent-help panel (`<psy-help-now>`) loads from its own file without holding up the first render; until it has
 * (or if it cannot load), the advice to call the local emergency number shows in its place. The result screen loads
 * from its own file while the visitor answers; should it not have arrived (or not load), its place shows, with a way
 * to try again. `updateComplete` waits for both.
 *
 * An answer marked `crisis` ends in help, never in a result: once the visitor confirms it (Next), the screen shows the
 * urgent-help panel with a calm word and "Back to the questions"; a check that ends with it kept shows the same screen.
 * Outcomes come from `assessAnswers` in `@psy-widgets/content`: each answer leans towards or away from how each
 * therapy usually works (data, with sources), and the result shows, dimension by dimension, how the answers line up
 * with the therapy asked about and with the other; a crisis answer wins over any total. Answers stay in the page's memory: nothing is sent, logged or stored, and no
 * event carries them unless the page sets `share-answers`.
 *
 * @tag psy-self-check
 * @summary A private self-check: might this therapy approach suit me?
 *
 * @slot intro - Replaces the question set's intro text. What the check is and is not, and the privacy promise, stay.
 * @slot cta - Shown with the result, e.g. a "Book a consultation" link. Hidden for the rest of the visit once the
 * visitor asks for urgent help.
 *
 * @csspart header - The title and the "I need help now" control, the same on every screen.
 * @csspart urgent - The "I need help now" button.
 * @csspart help - The urgent-help panel (a `<psy-help-now>`).
 * @csspart intro - The intro screen.
 * @csspart start - The Start button.
 * @csspart progress - "Question 3 of 10", with its bar.
 * @csspart question - The question's fieldset.
 * @csspart option - One answer (its label around the radio button).
 * @csspart error - The message when Next is pressed without an answer.
 * @csspart nav - The Back and Next buttons.
 * @csspart crisis - The help screen after a crisis answer.
 * @csspart result - The result screen.
 * @csspart reasons - The reasons behind the result.
 * @csspart note - The note that this is not a diagnosis.
 * @csspart actions - Print and Start again.
 *
 * @cssprop [--psy-scroll-margin=5rem] - Space kept above the self-check's header when a step scrolls it into view, so a
 * sticky site header does not cover "I need help now".
 *
 * @fires psy-start - The visitor pressed Start. `detail: { questionSet }`, the question set's id.
 * @fires psy-step - Another question is showing. `detail: { step }`, its index from 0; never the answer.
 * @fires psy-complete - The check has ended. `detail: { outcome }`: `closer-psychodynamic` or `closer-cbt` (the answers
 * line up more with how that therapy usually works), or `mixed`; with `share-answers`, also `answers` (question id to
 * option id). After a crisis answer it is `{ outcome: 'crisis' }` only.
 * @fires psy-crisis - The visitor asked for urgent help, or confirmed an answer that says they are in crisis.
 * `detail: { region }`, the region of the helplines shown.
 */
export class PsySelfCheck extends PsyElement {
  static override styles = themed(styles);
  static override english = selfCheckStrings;
  static override properties: PropertyDeclarations = {
    therapy: {},
    region: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    shareAnswers: { type: Boolean, attribute: 'share-answers' },
    questions: { attribute: false },
    screen: { state: true },
    index: { state: true },
    answers: { state: true },
    missing: { state: true },
    helpOpen: { state: true },
    crisis: { state: true },
    announcement: { state: true },
  };

  /** The therapy the check asks about (`psychodynamic` or `cbt`): the same questions, a result framed for it. */
  therapy = 'psychodynamic';

  /** ISO 3166 region code for the urgent-help panel, e.g. `GB`. Defaults to the region of the nearest `lang`. */
  region?: string;

  /** The level of the title heading (1 to 4); the result's headings follow below it. */
  headingLevel = 2;

  /** When set, `psy-complete` also carries the answers. Off by default: answers stay inside the element. */
  shareAnswers = false;

  /** A question set of your own, checked against the content schema. Replaces the one chosen by `therapy`. */
  questions?: QuestionSet;

  private screen: Screen = 'intro';
  private index = 0;
  private answers: Readonly<Record<string, string>> = {};
  private missing = false;
  private helpOpen = false;
  /** Once the visitor asks for urgent help, the `cta` slot stays hidden for the rest of the visit. */
  private crisis = false;
  private announcement = '';
  /** Questions whose crisis answer has shown the help screen: confirming it again goes on with the questions. */
  private crisisSeen = new Set<string>();

  private set?: QuestionSet;
  private checked?: { input: unknown; set?: QuestionSet; problems?: InputProblem[] };
  private focusTarget?: FocusTarget;

  /** The region of the helplines shown, found as every element finds it (see `resolveRegion`). */
  private get helpRegion(): string {
    return resolveRegion(this, this.region);
  }

  /** The therapy the check asks about: `therapy` when the set profiles it, else the set's first. */
  private framing(set: QuestionSet): string {
    return this.therapy in set.therapies ? this.therapy : Object.keys(set.therapies)[0]!;
  }

  private get level(): number {
    return clampLevel(this.headingLevel, 4);
  }

  protected override firstUpdated(): void {
    // the panel is needed only when asked for; updateComplete waits for it (its fallback shows meanwhile)
    if (!customElements.get('psy-help-now')) track(this, loadHelpNow());
    whenIdle(result.load);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const asked = changed.has('questions') || changed.has('therapy');
    if (asked && this.hasUpdated) this.clear();
    // the questions are requested here, never from a render: a failed load shows its message until they change
    const own = this.questions !== undefined && this.questions !== null;
    if (own && this.checked?.input !== this.questions) this.check(this.questions);
    if (!own && !defaults.value && (asked || !this.hasUpdated)) hold(this, defaults.load());
  }

  protected override validate(): InputProblem[] {
    const level = headingLevelProblem(this, this.headingLevel, [1, 4]);
    return [...this.validateQuestions(), ...(level ? [level] : [])];
  }

  private validateQuestions(): InputProblem[] {
    this.set = undefined;
    if (this.questions !== undefined && this.questions !== null) {
      const { set, problems } = this.checked!;
      if (!problems) return []; // being checked: the header (with urgent help) shows meanwhile
      this.set = set;
      return problems.length ? problems : this.regionProblems();
    }
    if (!defaults.value) {
      // if they could not load, say so; urgent help still works above the message
      const message =
        'The questions could not load, because part of this page did not load. Reload the page to try again.';
      return defaults.failed
        ? [{ name: 'questions', received: undefined, expected: 'the default questions', message }]
        : [];
    }
    const sets = Object.values(defaults.value);
    this.set = sets.find((set) => this.therapy in set.therapies);
    return this.set
      ? this.regionProblems()
      : [
          {
            name: 'therapy',
            received: this.therapy,
            expected: sets.flatMap((s) => Object.keys(s.therapies)).join(' or '),
          },
        ];
  }

  /** Checks a page's question set with the schema, which loads on first use. */
  private check(input: unknown): void {
    const checked: NonNullable<typeof this.checked> = { input };
    this.checked = checked;
    hold(
      this,
      checker.load().then((loaded) => {
        if (!loaded) {
          const message = `.questions could not be checked, because the checker did not load (${String(checker.error)}).`;
          checked.problems = [{ name: '.questions', received: input, expected: 'a question set', message }];
          return;
        }
        const outcome = loaded.checkQuestions(input);
        if (outcome.terms) track(this, outcome.terms); // updateComplete waits for the glossary words to become terms
        Object.assign(checked, outcome);
      }),
    );
  }

  private regionProblems(): InputProblem[] {
    const region = this.region?.trim();
    return region && !isKnownRegion(region.toUpperCase())
      ? [{ name: 'region', received: this.region, expected: 'a two-letter region code such as GB or US' }]
      : [];
  }

  /** Urgent help on every screen: with bad input, or while the questions load, it works above the message. */
  protected override renderFrame(view: TemplateResult | typeof nothing, accepted: boolean): TemplateResult {
    return html`<div class="self-check">${this.renderHeader(accepted ? this.set : undefined)}${view}</div>`;
  }

  protected renderContent(): TemplateResult {
    const set = this.set!;
    const question = set.questions[this.index];
    const screen = this.screen;
    return html`<div class="visually-hidden" role="status">${this.announcement}</div>
      ${
        screen === 'intro'
          ? this.renderIntro(set)
          : screen === 'crisis'
            ? this.renderCrisis()
            : screen === 'question' && question
              ? keyed(question, this.renderQuestion(set, question))
              : this.renderResult(set)
      }`;
  }

  private renderHeader(set: QuestionSet | undefined): TemplateResult {
    return html`<div class="header" part="header">
        ${
          set
            ? html`<div class="title" id="title" role="heading" aria-level=${this.level} tabindex="-1">
                ${set.therapies[this.framing(set)]!.title}
              </div>`
            : nothing
        }
        <button
          type="button"
          class="button secondary urgent"
          part="urgent"
          aria-expanded=${this.helpOpen}
          aria-controls="help"
          @click=${this.toggleHelp}
        >
          ${this.strings.selfCheckUrgent}
        </button>
      </div>
      <div id="help" class="help" part="help" ?hidden=${!this.helpOpen}>
        ${this.helpOpen ? this.renderHelp() : nothing}
      </div>`;
  }

  /** Until `<psy-help-now>` has loaded (or if it cannot), its children show: the one sentence that matters. */
  private renderHelp(): TemplateResult {
    return html`<psy-help-now region=${this.helpRegion} heading-level=${Math.min(this.level + 1, 5)}
      ><p>${this.strings.helpNowFallbackEmergency}</p></psy-help-now
    >`;
  }

  private renderIntro(set: QuestionSet): TemplateResult {
    const s = this.strings;
    return html`<div class="intro" part="intro">
      <slot name="intro"><p>${renderRichText(set.intro)}</p></slot>
      <ul class="facts">
        <li>${s.selfCheckWhat} <strong>${s.selfCheckNot}</strong></li>
        <li>${format(s.selfCheckTime, { count: set.questions.length })}</li>
        <li>${s.selfCheckPrivacy}</li>
      </ul>
      <button type="button" class="button" part="start" @click=${this.start}>${s.selfCheckStart}</button>
    </div>`;
  }

  private renderQuestion(set: QuestionSet, question: Question): TemplateResult {
    const s = this.strings;
    const total = set.questions.length;
    const chosen = question.options.find((option) => option.id === this.answers[question.id]);
    const described = [question.hint ? 'hint' : '', this.missing ? 'error' : ''].filter(Boolean).join(' ') || nothing;
    return html`<form class="step" novalidate @submit=${this.next}>
      <div class="progress" part="progress">
        <span>${format(s.selfCheckProgress, { n: this.index + 1, total })}</span>
        <span class="bar" aria-hidden="true"
          >${set.questions.map((_, i) => html`<span class=${i <= this.index ? 'done' : ''}></span>`)}</span
        >
      </div>
      <fieldset part="question" aria-describedby=${described}>
        <legend><span id="question" tabindex="-1">${question.prompt}</span></legend>
        ${question.hint ? html`<p id="hint" class="hint">${question.hint}</p>` : nothing}
        ${
          this.missing
            ? html`<p id="error" class="error" part="error"><span aria-hidden="true">! </span>${s.selfCheckMissing}</p>`
            : nothing
        }
        <div class="options">
          ${question.options.map(
            (option) =>
              html`<label class="option" part="option">
                <input
                  type="radio"
                  name=${question.id}
                  .value=${option.id}
                  .checked=${option === chosen}
                  aria-invalid=${this.missing ? 'true' : nothing}
                  aria-describedby=${described}
                  @change=${() => this.choose(question.id, option.id)}
                />
                <span>${option.label}</span>
              </label>`,
          )}
        </div>
      </fieldset>
      <div class="nav" part="nav">
        <button type="button" class="button secondary" @click=${this.back}>${s.selfCheckBack}</button>
        <button type="submit" class="button">${this.index + 1 < total ? s.selfCheckNext : s.selfCheckFinish}</button>
      </div>
    </form>`;
  }

  /** Help, not a result: the region's lines in full, a calm word, and the way back for an answer chosen by mistake. */
  private renderCrisis(): TemplateResult {
    const s = this.strings;
    return html`<div class="crisis" part="crisis">
      <div class="outcome" id="crisis" role="heading" aria-level=${this.level + 1} tabindex="-1">
        ${s.selfCheckCrisisTitle}
      </div>
      <p>${s.selfCheckCrisisCalm}</p>
      ${this.renderHelp()}
      <div class="actions" part="actions">
        <button type="button" class="button secondary" @click=${this.backToQuestions}>${s.selfCheckCrisisBack}</button>
        <button type="button" class="button secondary" @click=${this.print}>${s.selfCheckPrint}</button>
      </div>
    </div>`;
  }

  /** The result, once its screen has loaded; its place meanwhile, and a way to try again if it cannot load. */
  private renderResult(set: QuestionSet): TemplateResult {
    const s = this.strings;
    if (result.value) {
      const { renderResult, printResult } = result.value;
      const { answers, level, crisis } = this;
      return renderResult({
        set,
        therapy: this.framing(set),
        answers,
        strings: s,
        level,
        crisis,
        print: () => printResult(this),
        restart: () => this.restart(),
      });
    }
    if (!result.failed) return html`<div class="result" part="result" aria-busy="true"></div>`;
    return html`<div class="result" part="result">
      <p class="error" id="result" role="alert" tabindex="-1">${s.selfCheckResultNotLoaded}</p>
      <div class="actions" part="actions">
        <button type="button" class="button" @click=${this.retryResult}>${s.selfCheckRetry}</button>
      </div>
    </div>`;
  }

  private retryResult(): void {
    this.focusTarget = 'result';
    track(this, result.load());
    this.requestUpdate();
  }

  protected override updated(): void {
    const target = this.focusTarget;
    this.focusTarget = undefined;
    if (!target) return;
    const element =
      target === 'answers'
        ? this.renderRoot.querySelector<HTMLElement>('input:checked, input')
        : this.renderRoot.querySelector<HTMLElement>(`#${target}`);
    if (!element) {
      if (target === 'result' && !result.value) this.focusTarget = target; // its screen is loading: focus it once it shows
      return;
    }
    element.focus({ preventScroll: true });
    // "I need help now" stays in view: when the header has left the top of the view (its scroll-margin keeps a sticky
    // site header clear) or the new step ends below it, the header comes to the top, with the step under it
    const header = this.renderRoot.querySelector<HTMLElement>('.header')!;
    const margin = parseFloat(getComputedStyle(header).scrollMarginTop) || 0;
    if (header.getBoundingClientRect().top < margin || element.getBoundingClientRect().bottom > innerHeight) {
      header.scrollIntoView({ block: 'start' });
    }
  }

  private go(screen: Screen, index: number, focus: FocusTarget): void {
    this.screen = screen;
    this.index = index;
    this.missing = false;
    this.focusTarget = focus;
    if (screen === 'question') {
      this.announcement = format(this.strings.selfCheckProgress, { n: index + 1, total: this.set!.questions.length });
      this.emit('psy-step', { step: index });
    }
  }

  private start(): void {
    void result.load(); // if it fails now, reaching the result screen tries again
    this.emit('psy-start', { questionSet: this.set!.id });
    this.go('question', 0, 'question');
  }

  private choose(question: string, option: string): void {
    this.answers = { ...this.answers, [question]: option };
    this.missing = false;
  }

  private next(event: Event): void {
    event.preventDefault();
    const set = this.set!;
    const question = set.questions[this.index]!;
    if (!this.answers[question.id]) {
      this.missing = true;
      this.focusTarget = 'answers';
      return;
    }
    const crisisAnswer = question.options.find((option) => option.id === this.answers[question.id])?.crisis;
    if (this.index + 1 < set.questions.length) {
      if (crisisAnswer && !this.crisisSeen.has(question.id)) this.showCrisis(question);
      else this.go('question', this.index + 1, 'question');
      return;
    }
    const assessment = assessAnswers(set, this.answers);
    if (assessment.crisis) {
      this.showCrisis(question);
      this.emit('psy-complete', { outcome: assessment.outcome }); // never the answers, whatever share-answers says
      return;
    }
    this.go('result', this.index, 'result');
    track(this, result.load()); // loaded by now, normally; its place shows until it is
    this.announcement = this.strings.selfCheckResult;
    this.emit(
      'psy-complete',
      this.shareAnswers
        ? { outcome: assessment.outcome, answers: { ...this.answers } }
        : { outcome: assessment.outcome },
    );
  }

  private showCrisis(question: Question): void {
    this.crisisSeen.add(question.id);
    this.go('crisis', this.index, 'crisis');
    this.announcement = this.strings.selfCheckCrisisTitle;
    this.raiseCrisis();
  }

  /** From the help screen to the question it came from, its answer kept. */
  private backToQuestions(): void {
    this.go('question', this.index, 'question');
  }

  /** Prints the help screen alone, with the result screen's printout once loaded; the whole page until then. */
  private print(): void {
    if (result.value) result.value.printResult(this);
    else window.print();
  }

  private back(): void {
    if (this.index > 0) this.go('question', this.index - 1, 'question');
    else this.go('intro', 0, 'title');
  }

  /** Start again: every answer is forgotten. */
  private restart(): void {
    this.clear();
    this.focusTarget = 'title';
  }

  private clear(): void {
    this.answers = {};
    this.crisisSeen.clear();
    this.announcement = '';
    this.go('intro', 0, 'title');
    this.focusTarget = undefined;
  }

  private toggleHelp(): void {
    this.helpOpen = !this.helpOpen;
    if (this.helpOpen) this.raiseCrisis();
  }

  private raiseCrisis(): void {
    this.crisis = true;
    this.emit('psy-crisis', { region: this.helpRegion });
  }
}
