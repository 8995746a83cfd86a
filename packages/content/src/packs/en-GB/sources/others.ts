import type { Source } from '../../../schema.js';

/** The sources that only the other texts cite (CBT's, the comparison's). */
export const otherSources: Record<string, Source> = {
  haby: {
    id: 'haby',
    kind: 'systematic-review',
    title:
      'Cognitive behavioural therapy for depression, panic disorder and generalized anxiety disorder: a meta-regression of factors that may predict outcome',
    author: 'Haby MM, Donnelly M, Corry J, Vos T',
    publisher: 'Australian and New Zealand Journal of Psychiatry 40(1):9-19',
    year: 2006,
    url: 'https://doi.org/10.1080/j.1440-1614.2006.01736.x',
    design:
      'meta-analysis and meta-regression of 33 randomised controlled trials against wait-list or placebo controls',
  },
  cg113: {
    id: 'cg113',
    kind: 'guideline',
    title: 'Generalised anxiety disorder and panic disorder in adults: management (CG113)',
    publisher: 'National Institute for Health and Care Excellence (NICE)',
    year: 2011,
    url: 'https://www.nice.org.uk/guidance/cg113',
    design: 'clinical guideline',
  },
  cg90: {
    id: 'cg90',
    kind: 'guideline',
    title: 'Depression in adults: recognition and management (CG90), full guideline',
    publisher: 'National Institute for Health and Care Excellence (NICE)',
    year: 2009,
    url: 'https://www.nice.org.uk/guidance/cg90',
    design: 'clinical guideline',
    note: 'Since replaced by NG222.',
  },
  nhs: {
    id: 'nhs',
    kind: 'patient-information',
    title: 'Types of talking therapy',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/mental-health/talking-therapies-medicine-treatments/talking-therapies-and-counselling/types-of-talking-therapies/',
  },
  tavistock: {
    id: 'tavistock',
    kind: 'service-page',
    title: 'Cognitive behavioural therapy (CBT)',
    publisher: 'Tavistock and Portman NHS Foundation Trust',
  },
  patient: {
    id: 'patient',
    kind: 'patient-information',
    title: 'Cognitive behavioural therapy (CBT)',
    publisher: 'patient.info',
  },
};
