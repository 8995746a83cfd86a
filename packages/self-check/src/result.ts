// The result screen and its printout: loaded while the visitor answers (see psy-self-check.ts), not in the first load.
import { assessAnswers, type Option, type Outcome, type QuestionSet } from '@psy-widgets/content';
import { renderRichText } from '@psy-widgets/core/rich-text.js';
import type { PsyStrings } from '@psy-widgets/core/strings/index.js';
import { selfCheckResultStrings } from '@psy-widgets/core/strings/self-check-result.js';
import { html, nothing, type TemplateResult } from 'lit';

/** Added to the page only while the result prints, so the printout holds the summary alone. */
export const pageWhilePrinting = `@media print {
  body * { visibility: hidden !important; }
  [data-psy-printing] {
    visibility: visible !important;
    position: absolute !important;
    inset-block-start: 0 !important;
    inset-inline: 0 !important;
    margin: 0 !important;
  }
}`;

export interface ResultView {
  set: QuestionSet;
  answers: Readonly<Record<string, string>>;
  strings: PsyStrings;
  /** The level of the self-check's title: the result is one below it, its parts two. */
  level: number;
  /** After a request for urgent help, the clinic's call to action stays hidden. */
  crisis: boolean;
  print: () => void;
  restart: () => void;
}

/** The result: the outcome in plain words, the reasons behind it, what to do next and what to ask at a first session. */
export function renderResult({ set, answers, strings, level, crisis, print, restart }: ResultView): TemplateResult {
  // the result's own English words, under any translation the page registered
  const s = { ...selfCheckResultStrings, ...strings };
  const sub = level + 2;
  const assessment = assessAnswers(set, answers);
  // the element shows its help screen instead; the result never shows after a crisis answer
  if (assessment.crisis) return html``;
  const { fit: outcome, chosen } = assessment;
  const groups: [string, Option[]][] = [
    [s.selfCheckReasonsFor, chosen.filter((option) => option.weight > 0)],
    [s.selfCheckReasonsAgainst, chosen.filter((option) => option.weight < 0)],
    [s.selfCheckReasonsNeither, chosen.filter((option) => option.weight === 0)],
  ];
  const at = set.outcomes.indexOf(outcome);
  const mixed = groups[0]![1].length > 0 && groups[1]![1].length > 0;
  const options = [outcome, set.outcomes[at - 1], set.outcomes[at + 1]].filter(Boolean) as Outcome[];
  const heading = (text: string) => html`<div class="subheading" role="heading" aria-level=${sub}>${text}</div>`;
  return html`<div class="result" part="result">
    <div class="outcome" id="result" role="heading" aria-level=${level + 1} tabindex="-1">${outcome.title}</div>
    <p>${renderRichText(outcome.summary)}</p>
    ${
      mixed && options.length > 1
        ? html`<p>${s.selfCheckMixed}</p>
            <ul class="mixed">
              ${options.map(
                (option) =>
                  html`<li>
                    <strong>${option.title}.</strong>
                    ${option.nextSteps[0] ? renderRichText(option.nextSteps[0]) : nothing}
                  </li>`,
              )}
            </ul>`
        : nothing
    }
    <section class="reasons" part="reasons">
      ${heading(s.selfCheckReasons)}
      ${groups.map(([title, list]) => {
        const reasons = list.filter((option) => option.reason);
        return reasons.length
          ? html`<p class="group">${title}</p>
              <ul>
                ${reasons.map((option) => html`<li>${option.reason}</li>`)}
              </ul>`
          : nothing;
      })}
    </section>
    <section>
      ${heading(s.selfCheckNextSteps)}
      <ul>
        ${outcome.nextSteps.map((step) => html`<li>${renderRichText(step)}</li>`)}
      </ul>
    </section>
    ${
      set.firstSessionQuestions.length
        ? html`<section>
            ${heading(s.selfCheckFirstSession)}
            <ul>
              ${set.firstSessionQuestions.map((question) => html`<li>${question}</li>`)}
            </ul>
          </section>`
        : nothing
    }
    <p class="note" part="note">${renderRichText(set.professionalNote)}</p>
    ${crisis ? nothing : html`<div class="cta"><slot name="cta"></slot></div>`}
    <div class="actions" part="actions">
      <button type="button" class="button secondary" @click=${print}>${s.selfCheckPrint}</button>
      <button type="button" class="button secondary" @click=${restart}>${s.selfCheckRestart}</button>
    </div>
  </div>`;
}

/** Prints the result alone: the rest of the page is hidden from the printout until printing ends. */
export function printResult(host: HTMLElement): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(pageWhilePrinting);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  host.setAttribute('data-psy-printing', '');
  const done = () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    host.removeAttribute('data-psy-printing');
  };
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}
