// What the explainer shows, as data: its default content (loaded in parts), and the view model `validate()` resolves
// from the page's input. No templates here: psy-explainer.ts renders the model.
import { lazy, type Lazy, type InputProblem, citedSources, words } from '@psy-widgets/core';
import type { Block, ContentPack, Therapy } from '@psy-widgets/content';
import { psychodynamic } from '@psy-widgets/content/packs/en-GB/therapies/psychodynamic.js';
import { therapyNames } from '@psy-widgets/content/packs/en-GB/therapies/shared.js';
import type { JsonLdView, ShownReviewer } from './structured-data.js';

/** What shows by default: psychodynamic therapy (each `<psy-term>` loads the glossary itself), then its sources. */
export const shown: ContentPack = { locale: 'en-GB', therapies: { psychodynamic } };

/**
 * The sources psychodynamic therapy's text cites. Only the source lists (closed, or last on the page) and the JSON-LD
 * show them, so they load just after the first render and join `shown`, which renders them from then on.
 */
export const sources = lazy(() =>
  import('@psy-widgets/content/packs/en-GB/sources/psychodynamic.js').then(
    ({ psychodynamicSources }) => (shown.sources = psychodynamicSources),
  ),
);

/** A part that must load for another to be whole: its failure is the other's. */
export const required = <T>(part: Lazy<T>): Promise<T> =>
  part.load().then((value) => value ?? Promise.reject(part.error as Error));

/**
 * The rest of the default content: the other default therapies (CBT) and the glossary. Loads when a page asks for
 * one of those therapies, or passes content of its own (which is merged over, and checked with, all of it).
 */
export const rest = lazy(() =>
  Promise.all([
    import('@psy-widgets/content/packs/en-GB/therapies/cbt.js'),
    import('@psy-widgets/content/packs/en-GB/glossary.js'),
    import('@psy-widgets/content/packs/en-GB/sources/others.js'),
    import('@psy-widgets/content/packs/en-GB/sources/cbt.js'),
    required(sources),
  ]).then(([{ cbt }, { glossary }, { otherSources }, { cbtSources }]): ContentPack => {
    const all = { ...shown.sources, ...otherSources, ...cbtSources };
    return { ...shown, therapies: { ...shown.therapies, cbt }, glossary, sources: all };
  }),
);

/** Whether `therapy` is a default one whose text loads on request (CBT), and has not loaded. */
export const waitsForRest = (therapy: string): boolean =>
  !rest.value && therapy in therapyNames && !(therapy in shown.therapies!);

// The JSON-LD writer loads only for an explainer with `structured-data`.
export const jsonLd = lazy(
  () => Promise.all([import('./structured-data.js'), required(sources)]).then(([module]) => module),
  '<psy-explainer>: structured-data was not written, as its code did not load',
);

/** The layouts `layout` accepts. */
export type ExplainerLayout = 'full' | 'accordion' | 'summary';
export const LAYOUTS: ExplainerLayout[] = ['full', 'accordion', 'summary'];

/** A section as shown: the therapy's text, the questions people ask, or the list of every source cited. */
export interface ViewSection {
  id: string;
  title: string;
  body: { blocks: readonly Block[] } | { faq: Therapy['faq'] } | { sourceList: string[] };
  /** The sources the section cites, behind its own "Sources" button. */
  sources: string[];
}

export interface View extends JsonLdView {
  sections: ViewSection[];
  level: number;
}

/** What the page asked for that the pack has no place for: an unknown therapy or layout. */
export function choiceProblems(pack: ContentPack, own: boolean, therapy: string, layout: string): InputProblem[] {
  const problems: InputProblem[] = [];
  const known = [...new Set([...Object.keys(pack.therapies ?? {}), ...(own ? [] : Object.keys(therapyNames))])];
  if (!pack.therapies?.[therapy]) problems.push({ name: 'therapy', received: therapy, expected: known.join(' or ') });
  if (!LAYOUTS.includes(layout as ExplainerLayout)) {
    problems.push({ name: 'layout', received: layout, expected: LAYOUTS.join(', ') });
  }
  return problems;
}

/** The page's choices, once accepted, with what the view needs besides. */
export interface ViewInput {
  pack: ContentPack;
  therapy: Therapy;
  sections?: string;
  level: number;
  reviewer?: ShownReviewer;
  titles: { faq: string; sources: string };
}

/** Resolves the view: the sections asked for (all by default), in order, or the problem with `sections`. */
export function buildView(input: ViewInput): View | InputProblem {
  const { pack, therapy } = input;
  const all: ViewSection[] = therapy.sections.map(({ id, title, blocks }) => ({
    id,
    title,
    body: { blocks },
    sources: citedSources(blocks),
  }));
  if (therapy.faq.length) {
    const faq = therapy.faq;
    all.push({
      id: 'faq',
      title: input.titles.faq,
      body: { faq },
      sources: citedSources(faq.flatMap((f) => f.answer)),
    });
  }
  const requested = words(input.sections);
  const accepted = [...all.map((section) => section.id), 'sources'];
  const chosen = requested.length ? requested : accepted;
  if (chosen.some((id) => !accepted.includes(id))) {
    return { name: 'sections', received: input.sections, expected: `ids from: ${accepted.join(', ')}` };
  }
  const cited = [...new Set([...citedSources(therapy.overview), ...all.flatMap((section) => section.sources)])];
  const sections = chosen.map(
    (id) =>
      all.find((section) => section.id === id) ?? {
        id,
        title: input.titles.sources,
        body: { sourceList: cited },
        sources: [],
      },
  );
  const named = therapy.review.reviewer;
  const reviewer = input.reviewer ?? (named ? { name: named } : undefined);
  return { pack, therapy, sections, level: input.level, reviewer };
}
