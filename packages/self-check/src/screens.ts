// The self-check's screens before its result (which loads later, from result.ts): each a view of what it is given.
// The element owns the state and passes its handlers; Lit calls each handler with the element as `this`.
import { renderRichText, format, type PsyStrings } from '@psy-widgets/core';
import type { QuestionSet } from '@psy-widgets/content';
import { html, nothing, type TemplateResult } from 'lit';

/** The title (once the questions are known) and "I need help now", the same on every screen, and the panel it opens. */
export function renderHeader(
  s: PsyStrings,
  title: string | undefined,
  level: number,
  helpOpen: boolean,
  toggleHelp: () => void,
  help: TemplateResult | typeof nothing,
): TemplateResult {
  return html`<div class="header" part="header">
      ${
        title === undefined
          ? nothing
          : html`<div class="title" id="title" role="heading" aria-level=${level} tabindex="-1">${title}</div>`
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
export function renderIntro(s: PsyStrings, set: QuestionSet, start: () => void): TemplateResult {
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

/**
 * Question `index`: progress, the fieldset of native radio buttons, a message when none is chosen, Back and
 * Next. `choose` gets each radio button's change: its `name` is the question's id, its `value` the option's.
 */
export function renderQuestion(
  s: PsyStrings,
  set: QuestionSet,
  index: number,
  chosen: string | undefined,
  missing: boolean,
  choose: (event: Event) => void,
  next: (event: Event) => void,
  back: () => void,
): TemplateResult {
  const question = set.questions[index]!;
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
                .checked=${option.id === chosen}
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

/** Help, not a result: the region's lines in full (`help`), a calm word, and the way back for an answer chosen by mistake. */
export function renderCrisis(
  s: PsyStrings,
  level: number,
  help: TemplateResult,
  backToQuestions: () => void,
  print: () => void,
): TemplateResult {
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
