// The pre-rendered alternative to the snippet: the `psy-widgets render` command for the chosen options, to run once
// on any computer with Node. A command rather than the HTML itself: Lit's server renderer needs Node, so this static
// page cannot run it, and the HTML depends on every choice in the form, too many combinations to render in advance at
// build time; the command always matches the options chosen.
import { therapies } from '@psy-widgets/content/packs/en-GB/therapies.js';
import { RELEASE } from '@psy-widgets/core/version.js';
import type { EmbedConfig } from './config.js';
import { elementHtml } from './snippet.js';

/** Single-quoted for a POSIX shell: a `'` in a value ends the quote, is escaped, and opens it again. */
const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** `npx psy-widgets@0.1.0 render '<psy-explainer therapy="cbt"></psy-explainer>' --region GB` */
export function renderCommandFor(c: EmbedConfig): string {
  const args = ['npx', `psy-widgets@${RELEASE}`, 'render', shellQuote(elementHtml(c))];
  // the comparison shows no helplines; the others take the page-wide region, which a server cannot read
  if (c.region && c.widget !== 'psy-compare') args.push('--region', c.region);
  return args.join(' ');
}

/** When the printed HTML goes stale: a new release, or the content's next review. */
export function prerenderNote(c: EmbedConfig): string {
  const { review } = therapies[c.therapy] ?? therapies.psychodynamic!;
  const due = new Date(`${review.nextReview}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (
    `The printed HTML is a snapshot of psy-widgets ${RELEASE} and its content. Run the command again, and paste the ` +
    `new result, when you move to a new release, or once the content has been reviewed: it is next due for review on ` +
    `${due}. An outdated snapshot still works: the widget redraws itself with the current text when its script runs.`
  );
}
