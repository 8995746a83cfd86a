// The explainer's schema.org JSON-LD (with `structured-data`): loaded only by explainers that ask for it.
import { citedSources } from '@psy-widgets/core';
import type { ContentPack, Reviewer, RichText, Source, Therapy } from '@psy-widgets/content';

/** A reviewer as set in the page settings, or known by name only (a content pack's `review.reviewer`). */
export type ShownReviewer = Pick<Reviewer, 'name'> & Partial<Reviewer>;

/** What the JSON-LD describes: the therapy, and the sections shown with the sources each cites. */
export interface JsonLdView {
  pack: ContentPack;
  therapy: Therapy;
  sections: readonly { id: string; sources: readonly string[] }[];
  /** Who reviewed the text for the clinic (the page settings' reviewer, or a name in the text's review), if anyone. */
  reviewer?: ShownReviewer;
}

/** Under Trusted Types, script text must come from a policy. This one passes JSON only (the JSON-LD). */
let policy: { createScript(text: string): unknown } | null | undefined;
let jsonLdBlocked = false;
const scriptText = (json: string): unknown => {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): typeof policy } })
    .trustedTypes;
  if (policy === undefined && tt) {
    try {
      policy = tt.createPolicy('psy-widgets', { createScript: (text: string) => (JSON.parse(text), text) });
    } catch {
      policy = null; // the page's CSP does not allow the name: the assignment below fails and says so
    }
  }
  return policy ? policy.createScript(json) : json;
};

/**
 * Writes `view` as JSON-LD into `host`'s light DOM (search engines read it there), reusing `script` when given, and
 * returns the script element. Under a Content Security Policy that refuses the psy-widgets policy, warns once.
 */
export function writeJsonLd(host: HTMLElement, view: JsonLdView, script?: HTMLScriptElement): HTMLScriptElement {
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
  }
  const text = JSON.stringify(structuredData(view));
  try {
    if (script.textContent !== text) script.textContent = scriptText(text) as string;
    if (script.parentNode !== host) host.append(script);
  } catch {
    if (!jsonLdBlocked) {
      jsonLdBlocked = true;
      console.warn(
        `[psy-widgets] <${host.localName}>: structured-data was not written, because this page's Content Security ` +
          'Policy requires Trusted Types. Add the policy name psy-widgets to its trusted-types directive to allow it.',
      );
    }
  }
  return script;
}

const plain = (text: RichText): string =>
  text.map((piece) => (typeof piece === 'string' ? piece : 'text' in piece ? piece.text : piece.strong)).join('');

/** schema.org data for search engines: the page about the treatment, with its review and citations, and the FAQ. */
export function structuredData({ pack, therapy, sections, reviewer }: JsonLdView): object[] {
  const cited = [...new Set([...citedSources(therapy.overview), ...sections.flatMap((section) => section.sources)])];
  const { author } = therapy.review;
  // with no clinical reviewer, no reviewedBy: the text's own review is editorial, not a clinician's
  const reviewedBy = reviewer && {
    '@type': 'Person',
    name: reviewer.name,
    ...(reviewer.role ? { jobTitle: reviewer.role } : {}),
    ...(reviewer.registrationBody ? { memberOf: { '@type': 'Organization', name: reviewer.registrationBody } } : {}),
  };
  const data: object[] = [
    {
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      name: therapy.name,
      description: therapy.summary,
      inLanguage: pack.locale,
      about: { '@type': 'PsychologicalTreatment', name: therapy.name, description: therapy.summary },
      lastReviewed: reviewer?.reviewedOn ?? therapy.review.lastReviewed,
      author: { '@type': 'Organization', name: author },
      ...(reviewedBy ? { reviewedBy } : {}),
      citation: cited
        .map((id) => pack.sources?.[id])
        .filter((source): source is Source => !!source)
        .map((source) => ({
          '@type': 'CreativeWork',
          name: source.title,
          author: source.author,
          publisher: source.publisher,
          datePublished: source.year && String(source.year),
          url: source.url,
        })),
    },
  ];
  if (sections.some((section) => section.id === 'faq')) {
    data.push({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: therapy.faq.map((item) => ({
        '@type': 'Question',
        name: item.question,
        acceptedAnswer: {
          '@type': 'Answer',
          text: item.answer
            .flatMap((block) =>
              block.type === 'paragraph'
                ? [plain(block.text)]
                : [...(block.intro ? [plain(block.intro)] : []), ...block.items.map((i) => plain(i.text))],
            )
            .join(' '),
        },
      })),
    });
  }
  return data;
}
