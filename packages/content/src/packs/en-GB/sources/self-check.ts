import type { Source } from '../../../schema.js';

/**
 * The sources the self-check cites: the preference research its questions rest on, and how each therapy usually works
 * on each question's dimension. Ids are the fact sheet's, so another text citing the same source uses the same key.
 * Checked on 2026-12-02.
 */
export const selfCheckSources: Record<string, Source> = {
  cnip16: {
    id: 'cnip16',
    kind: 'study',
    title:
      "A brief, multidimensional measure of clients' therapy preferences: the Cooper-Norcross Inventory of Preferences (C-NIP)",
    author: 'Cooper M, Norcross JC',
    publisher: 'International Journal of Clinical and Health Psychology 16(1):87-98',
    year: 2016,
    url: 'https://doi.org/10.1016/j.ijchp.2015.08.003',
    design: 'psychometric study: online survey of 860 people',
  },
  'acat-cnip': {
    id: 'acat-cnip',
    kind: 'professional-body',
    title: 'Cooper-Norcross Inventory of Preferences (C-NIP)',
    publisher: 'Association for Cognitive Analytic Therapy',
    url: 'https://www.engage.acat.org.uk/cooper-norcross-inventory-of-preferences-c-nip/',
  },
  swift18: {
    id: 'swift18',
    kind: 'systematic-review',
    title: 'The impact of accommodating client preference in psychotherapy: a meta-analysis',
    author: 'Swift JK, Callahan JL, Cooper M, Parkin SR',
    publisher: 'Journal of Clinical Psychology 74(11):1924-1937',
    year: 2018,
    design: 'meta-analysis of 53 studies, more than 16,000 clients',
  },
  cpq21: {
    id: 'cpq21',
    kind: 'study',
    title:
      'Activity preferences in psychotherapy: what do patients want and how does this relate to outcomes and alliance?',
    publisher: 'Counselling Psychology Quarterly',
    year: 2021,
    url: 'https://doi.org/10.1080/09515070.2021.1877620',
    design: 'cohort study of 470 clients seen in five approaches',
  },
};
