import type { Question, QuestionSet } from '@psy-widgets/content';
import { renderRichText } from '@psy-widgets/core/rich-text.js';
import { format, type PsyStrings } from '@psy-widgets/core/strings/index.js';
import { html, nothing, type TemplateResult } from 'lit';

// The self-check's screens as views of its state. Their listeners are the element's own methods: Lit calls them with
// the element as `this`, so they are passed as they are.

type Listener = (event: Event) => void;

/** The title and "I need help now", the same on every screen, with the urgent-help panel under them when open. */
export function renderHeader(
  s: PsyStrings,
  title: string | undefined,
  level: number,
  helpOpen: boolean,
  help: TemplateResult | typeof nothing,
  toggleHelp: Listener,
): TemplateResult {
  return html`<div class="header" part="header">
      ${
        title
          ? html`<div class="title" id="title" role="heading" aria-level=${level} tabindex="-1">${title}</div>`
          : nothing
      }
      <button
        type="button"
        class="button secondary urgent"
        part="urgent"
        aria-expanded=${helpOpen}
        aria-controls="help"
        @click=${toggleHelp}
      >
        ${s.selfCheckUrgent}
      </button>
    </div>
    <div id="help" class="help" part="help" ?hidden=${!helpOpen}>${help}</div>`;
}

/** What the check is and is not, how long it takes, the privacy promise, and Start. */
export function renderIntro(s: PsyStrings, set: QuestionSet, start: Listener): TemplateResult {
  return html`<div class="intro" part="intro">
    <slot name="intro"><p>${renderRichText(set.intro)}</p></slot>
    <ul class="facts">
      <li>${s.selfCheckWhat} <strong>${s.selfCheckNot}</strong></li>
      <li>${format(s.selfCheckTime, { count: set.questions.length })}</li>
      <li>${s.selfCheckPrivacy}</li>
    </ul>
    <button type="button" class="button" part="start" @click=${start}>${s.selfCheckStart}</button>
  </div>`;
}

/** One question, as native radio buttons in a form: its progress, its hint, the message when no answer was chosen. */
export function renderQuestion(
  s: PsyStrings,
  set: QuestionSet,
  index: number,
  answer: string | undefined,
  missing: boolean,
  [next, back, choose]: Listener[],
): TemplateResult {
  const question: Question = set.questions[index]!;
  const total = set.questions.length;
  const described = [question.hint ? 'hint' : '', missing ? 'error' : ''].filter(Boolean).join(' ') || nothing;
  return html`<form class="step" novalidate @submit=${next}>
    <div class="progress" part="progress">
      <span>${format(s.selfCheckProgress, { n: index + 1, total })}</span>
      <span class="bar" aria-hidden="true"
        >${set.questions.map((_, i) => html`<span class=${i <= index ? 'done' : ''}></span>`)}</span
      >
    </div>
    <fieldset part="question" aria-describedby=${described}>
      <legend><span id="question" tabindex="-1">${question.prompt}</span></legend>
      ${question.hint ? html`<p id="hint" class="hint">${question.hint}</p>` : nothing}
      ${
        missing
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
                .checked=${option.id === answer}
                aria-invalid=${missing ? 'true' : nothing}
                aria-describedby=${described}
                @change=${choose}
              />
              <span>${option.label}</span>
            </label>`,
        )}
      </div>
    </fieldset>
    <div class="nav" part="nav">
      <button type="button" class="button secondary" @click=${back}>${s.selfCheckBack}</button>
      <button type="submit" class="button">${index + 1 < total ? s.selfCheckNext : s.selfCheckFinish}</button>
    </div>
  </form>`;
}

/** Until `<psy-help-now>` has loaded (or if it cannot), its children show: the one sentence that matters. */
export const renderHelp = (s: PsyStrings, region: string, level: number): TemplateResult =>
  html`<psy-help-now region=${region} heading-level=${Math.min(level + 1, 5)}
    ><p>${s.helpNowFallbackEmergency}</p></psy-help-now
  >`;

/** Help, not a result: the region's lines in full, a calm word, and the way back for an answer chosen by mistake. */
export function renderCrisis(s: PsyStrings, help: TemplateResult, level: number, [backToQuestions, print]: Listener[]) {
  return html`<div class="crisis" part="crisis">
    <div class="outcome" id="crisis" role="heading" aria-level=${level + 1} tabindex="-1">
      ${s.selfCheckCrisisTitle}
    </div>
    <p>${s.selfCheckCrisisCalm}</p>
    ${help}
    <div class="actions" part="actions">
      <button type="button" class="button secondary" @click=${backToQuestions}>${s.selfCheckCrisisBack}</button>
      <button type="button" class="button secondary" @click=${print}>${s.selfCheckPrint}</button>
    </div>
  </div>`;
}

/** The result screen's place while it loads, and a way to try again should it not load. */
export const renderResultPlace = (s: PsyStrings, failed: boolean, retry: Listener): TemplateResult =>
  failed
    ? html`<div class="result" part="result">
        <p class="error" id="result" role="alert" tabindex="-1">${s.selfCheckResultNotLoaded}</p>
        <div class="actions" part="actions">
          <button type="button" class="button" @click=${retry}>${s.selfCheckRetry}</button>
        </div>
      </div>`
    : html`<div class="result" part="result" aria-busy="true"></div>`;
