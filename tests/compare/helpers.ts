import type { PartialContentPack } from '../../packages/content/src/index.js';
import type { PsyCompare } from '../../packages/compare/src/index.js';
import '../../packages/compare/src/index.js';
import type { Scheme } from '../helpers/axe.js';
import { mount as mountWidget } from '../helpers/mount.js';
export { $, $$, shown, text } from '../helpers/dom.js';
export { spyWarnings } from '../helpers/warnings.js';

/** Mounts a <psy-compare> with these attributes (and a clinic's pack) in a box of the given width and scheme. */
export const mount = (
  width: number,
  attrs: Record<string, string | boolean> = {},
  content?: PartialContentPack,
  scheme: Scheme = 'light',
) => mountWidget<PsyCompare>('psy-compare', { attrs, props: { content }, width, scheme });

const example = 'Example text from the clinic, to be replaced with its own words.';

/** A clinic's pack that adds a third approach, written as clearly labelled example text. */
export const counsellingPack: PartialContentPack = {
  therapies: {
    counselling: {
      id: 'counselling',
      name: 'Counselling (example clinic text)',
      shortName: 'Counselling (example)',
      summary: example,
      overview: [{ type: 'paragraph', text: [example], sources: [] }],
      sections: [],
      faq: [],
      review: { lastReviewed: '2026-11-01', nextReview: '2027-11-01', reviewer: null, author: 'Example clinic' },
    },
  },
  comparison: {
    counselling: {
      focus: { summary: ['Example: what our counselling sessions focus on.'], sources: [] },
      'time-orientation': { summary: ['Example: how our counsellors look at past and present.'], sources: [] },
      structure: {
        summary: ['Example: how our sessions are organised.'],
        detail: ['Example: more about how sessions are organised.'],
        sources: [],
      },
    },
  },
};
