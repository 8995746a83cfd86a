// psy-widgets/svelte types every tag in svelte/elements' SvelteHTMLElements: what svelte-check checks markup against.
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'psy-widgets/svelte';

export const ok: SvelteHTMLElements['psy-explainer'] = { therapy: 'cbt', layout: 'accordion', 'heading-level': 3 };
// @ts-expect-error layout takes full, accordion or summary
export const wrong: SvelteHTMLElements['psy-explainer'] = { layout: 'carousel' };
export const check: SvelteHTMLElements['psy-self-check'] = {
  'onpsy-complete': (event) => console.log(event.detail.outcome),
};
