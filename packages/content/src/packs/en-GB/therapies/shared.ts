import type { Therapy } from '../../../schema.js';
import { t } from '../../build.js';

/** Who wrote the default texts and when they are next reviewed. */
export const review: Therapy['review'] = {
  lastReviewed: '2026-11-23',
  nextReview: '2027-11-23',
  reviewer: null,
  author: 'psy-widgets content team',
};

export const cbtTerm = t('cbt', 'CBT');

/** Each default therapy's id and names: all a comparison's headings need, without the texts. */
export const therapyNames = {
  psychodynamic: { id: 'psychodynamic', name: 'Psychodynamic therapy', shortName: 'Psychodynamic' },
  cbt: { id: 'cbt', name: 'Cognitive behavioural therapy (CBT)', shortName: 'CBT' },
} satisfies Record<string, Pick<Therapy, 'id' | 'name' | 'shortName'>>;
