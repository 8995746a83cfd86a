// The explainer's footer: who wrote the text, who reviewed it for the clinic, and when it is next due for review.
import { type PsyStrings, format } from '@psy-widgets/core';
import type { Therapy } from '@psy-widgets/content';
import { html, type TemplateResult } from 'lit';
import { longDate } from './long-date.js';
import type { View } from './model.js';
import type { ShownReviewer } from './structured-data.js';

/** The review footer of `view`'s therapy, with its dates in the style of the text's language. */
export function renderReview(view: View, s: PsyStrings): TemplateResult {
  const { lastReviewed, nextReview, author } = view.therapy.review;
  const reviewer = view.reviewer;
  const dated = (template: string, iso: string) => {
    const [before, after] = template.split('{date}');
    // dates in the style of the text's language (en-GB: 23 November 2026)
    return html`${before}<time datetime=${iso}>${longDate(iso, view.pack.locale)}</time>${after}`;
  };
  return html`<footer class="review" part="review">
    <p>
      ${format(s.explainerWrittenBy, { author })}
      ${
        reviewer?.reviewedOn
          ? dated(format(s.explainerReviewedOn, { reviewer: reviewerName(reviewer, s) }), reviewer.reviewedOn)
          : reviewer
            ? format(s.explainerReviewedBy, { reviewer: reviewerName(reviewer, s) })
            : s.explainerNotReviewed
      }
    </p>
    <p>${dated(s.explainerLastReviewed, lastReviewed)} ${dated(s.explainerNextReview, nextReview)}</p>
  </footer>`;
}

/** "Dr Ann Example, Clinical psychologist, registered with HCPC". */
function reviewerName({ name, role, registrationBody }: ShownReviewer, s: PsyStrings): string {
  const named = role ? format(s.explainerReviewer, { name, role }) : name;
  return registrationBody ? format(s.explainerRegistered, { reviewer: named, body: registrationBody }) : named;
}

/** Overdue reviews already reported in this page: one console note each. */
const overdueWarned = new Set<string>();

/** Past its next review date the text still shows; the website's team hears about it once. */
export function warnIfOverdue(element: Element, therapy: Therapy): void {
  const { nextReview } = therapy.review;
  const key = `${therapy.id} ${nextReview}`;
  if (nextReview >= new Date().toISOString().slice(0, 10) || overdueWarned.has(key)) return;
  overdueWarned.add(key);
  console.warn(
    `[psy-widgets] <${element.localName}>: the text about "${therapy.id}" was due for review on ${nextReview}. ` +
      'It is still shown. Please have it reviewed, then update review.nextReview through .content.',
  );
}
