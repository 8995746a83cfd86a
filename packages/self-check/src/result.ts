// The result screen and its printout: loaded while the visitor answers (see psy-self-check.ts), not in the first load.
import { renderRichText, format, type PsyStrings } from '@psy-widgets/core';
import { assessAnswers, type Answered, type QuestionSet } from '@psy-widgets/content';
import { selfCheckResultStrings } from './result-strings.js';
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
  /** The therapy the check asks about; the others in the set are shown beside it. */
  therapy: string;
  answers: Readonly<Record<string, string>>;
  strings: PsyStrings;
  /** The level of the self-check's title: the result is one below it, its parts two. */
  level: number;
  /** After a request for urgent help, the clinic's call to action stays hidden. */
  crisis: boolean;
  print: () => void;
  restart: () => void;
}

/**
 * The result: how the answers line up with the therapy asked about and with the other, dimension by dimension with
 * the reasons from the answers; why preferences are asked about; what to ask at a first session. Never a verdict.
 */
export function renderResult(view: ResultView): TemplateResult {
  const { set, therapy, answers, strings, level, crisis, print, restart } = view;
  // the result's own English words, under any translation the page registered
  const s = { ...selfCheckResultStrings, ...strings };
  const assessment = assessAnswers(set, answers);
  // the element shows its help screen instead; the result never shows after a crisis answer
  if (assessment.crisis) return html``;
  const { closer, answered } = assessment;
  const order = [therapy, ...Object.keys(set.therapies).filter((id) => id !== therapy)];
  const name = (id: string) => set.therapies[id]!.name;
  const dimensions = answered.filter(({ question, option }) => question.ways && option.reason);
  const fits = (id: string) => dimensions.filter(({ option }) => (option.leans[id] ?? 0) > 0).length;
  const sub = level + 2;
  const heading = (text: string) => html`<div class="subheading" role="heading" aria-level=${sub}>${text}</div>`;
  return html`<div class="result" part="result">
    <div class="outcome" id="result" role="heading" aria-level=${level + 1} tabindex="-1">
      ${closer ? format(s.selfCheckCloser, { therapy: name(closer) }) : s.selfCheckMixed}
    </div>
    <p>
      ${
        closer
          ? format(closer === therapy ? s.selfCheckCloserAsked : s.selfCheckCloserOther, {
              therapy: name(therapy),
              other: name(closer),
            })
          : s.selfCheckMixedText
      }
    </p>
    ${
      closer
        ? nothing
        : html`<ul class="mixed">
            ${order.map(
              (id) =>
                html`<li>
                  <strong>${capital(name(id))}</strong>:
                  ${format(s.selfCheckAnswersFit, { count: fits(id), total: dimensions.length })}
                </li>`,
            )}
          </ul>`
    }
    <section class="reasons" part="reasons">
      ${heading(s.selfCheckDimensions)} ${dimensions.map((dimension) => renderDimension(dimension, order, name, s))}
    </section>
    <section>
      ${heading(s.selfCheckWhy)} ${set.why.map((statement) => html`<p>${renderRichText(statement.text)}</p>`)}
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

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One dimension: what the visitor said, and how each therapy usually works on it, in their order. */
function renderDimension(
  { question, option }: Answered,
  order: string[],
  name: (id: string) => string,
  s: typeof selfCheckResultStrings,
): TemplateResult {
  return html`<div class="dimension">
    <p class="group">${question.topic}</p>
    <p>${s.selfCheckYouSaid} ${option.reason}</p>
    <ul>
      ${order.map((id) => {
        const lean = option.leans[id] ?? 0;
        const way = question.ways?.[id];
        return html`<li>
          <strong>${capital(name(id))}</strong>
          ${lean > 0 ? s.selfCheckFits : lean < 0 ? s.selfCheckDiffers : s.selfCheckEither}.
          ${way ? renderRichText(way.text) : nothing}
        </li>`;
      })}
    </ul>
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
