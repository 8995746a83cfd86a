import {
  loadHelpNow,
  isKnownRegion,
  resolveRegion,
  clampLevel,
  headingLevelProblem,
  hold,
  track,
  whenIdle,
  PsyElement,
  type InputProblem,
  format,
  themed,
} from '@psy-widgets/core';
import type { QuestionSet } from '@psy-widgets/content';
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { selfCheckStrings } from './strings.js';
import { styles } from './psy-self-check.styles.js';
import { nextStep } from './flow.js';
import { checkQuestionSet, defaults, findQuestionSet, type CheckedSet } from './question-set.js';
import { renderCrisis, renderHeader, renderIntro, renderQuestion } from './screens.js';
import { printScreen, renderResultScreen, result } from './result-screen.js';
import { focusStep } from './focus-step.js';

type Screen = 'intro' | 'question' | 'crisis' | 'result';
type FocusTarget = 'title' | 'question' | 'answers' | 'crisis' | 'result';

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
 * with the therapy asked about and with the other; a crisis answer wins over any total (see `flow.ts`). Answers stay
 * in the page's memory: nothing is sent, logged or stored, and no event carries them unless the page sets
 * `share-answers`.
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
  private checked?: CheckedSet;
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
    if (own && this.checked?.input !== this.questions) this.checked = checkQuestionSet(this, this.questions);
    if (!own && !defaults.value && (asked || !this.hasUpdated)) hold(this, defaults.load());
  }

  protected override validate(): InputProblem[] {
    const own = this.questions !== undefined && this.questions !== null;
    const found = findQuestionSet(this.therapy, own ? this.checked : undefined);
    this.set = Array.isArray(found) ? undefined : found;
    const level = headingLevelProblem(this, this.headingLevel, [1, 4]);
    return [...(Array.isArray(found) ? found : this.regionProblems()), ...(level ? [level] : [])];
  }

  private regionProblems(): InputProblem[] {
    const region = this.region?.trim();
    return region && !isKnownRegion(region.toUpperCase())
      ? [{ name: 'region', received: this.region, expected: 'a region code such as GB, IE, US or GB-SCT' }]
      : [];
  }

  /** Urgent help on every screen: with bad input, or while the questions load, it works above the message. */
  protected override renderFrame(view: TemplateResult | typeof nothing, accepted: boolean): TemplateResult {
    const set = accepted ? this.set : undefined;
    const title = set?.therapies[this.framing(set)]!.title;
    const help = this.helpOpen ? this.renderHelp() : nothing;
    const header = renderHeader(this.strings, title, this.level, this.helpOpen, this.toggleHelp, help);
    return html`<div class="self-check">${header}${view}</div>`;
  }

  protected renderContent(): TemplateResult {
    const { set, index, screen, strings: s } = this;
    const question = set!.questions[index];
    const view =
      screen === 'intro'
        ? renderIntro(s, set!, this.start)
        : screen === 'crisis'
          ? renderCrisis(s, this.level, this.renderHelp(), this.backToQuestions, this.print)
          : screen === 'question' && question
            ? // a new form for each question: its radio buttons start as that question's answer left them
              keyed(
                question,
                renderQuestion(
                  s,
                  set!,
                  index,
                  this.answers[question.id],
                  this.missing,
                  this.choose,
                  this.next,
                  this.back,
                ),
              )
            : this.renderResult(set!);
    return html`<div class="visually-hidden" role="status">${this.announcement}</div>
      ${view}`;
  }

  /** Until `<psy-help-now>` has loaded (or if it cannot), its children show: the one sentence that matters. */
  private renderHelp(): TemplateResult {
    return html`<psy-help-now region=${this.helpRegion} heading-level=${Math.min(this.level + 1, 5)}
      ><p>${this.strings.helpNowFallbackEmergency}</p></psy-help-now
    >`;
  }

  private renderResult(set: QuestionSet): TemplateResult {
    const { answers, level, crisis, strings } = this;
    const view = { set, therapy: this.framing(set), answers, strings, level, crisis };
    return renderResultScreen({ ...view, print: this.print, restart: this.restart }, this.retryResult);
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
    const found = focusStep(this.renderRoot, target === 'answers' ? 'input:checked, input' : `#${target}`);
    if (!found && target === 'result' && !result.value) this.focusTarget = target; // its screen is loading: once it shows
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

  private choose({ target }: Event): void {
    const { name, value } = target as HTMLInputElement; // the question's id, the option's
    this.answers = { ...this.answers, [name]: value };
    this.missing = false;
  }

  private next(event: Event): void {
    event.preventDefault();
    const step = nextStep(this.set!, this.index, this.answers, this.crisisSeen);
    if (!step) {
      this.missing = true;
      this.focusTarget = 'answers';
    } else if (step.screen === 'question') {
      this.go('question', step.index, 'question');
    } else if (step.screen === 'crisis') {
      this.showCrisis();
      // the check has ended: never the answers, whatever share-answers says
      if (step.outcome) this.emit('psy-complete', { outcome: step.outcome });
    } else {
      this.go('result', this.index, 'result');
      track(this, result.load()); // loaded by now, normally; its place shows until it is
      this.announcement = this.strings.selfCheckResult;
      const { outcome } = step;
      this.emit('psy-complete', this.shareAnswers ? { outcome, answers: { ...this.answers } } : { outcome });
    }
  }

  private showCrisis(): void {
    this.crisisSeen.add(this.set!.questions[this.index]!.id);
    this.go('crisis', this.index, 'crisis');
    this.announcement = this.strings.selfCheckCrisisTitle;
    this.raiseCrisis();
  }

  /** From the help screen to the question it came from, its answer kept. */
  private backToQuestions(): void {
    this.go('question', this.index, 'question');
  }

  private print(): void {
    printScreen(this); // the help screen alone, or the result
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
