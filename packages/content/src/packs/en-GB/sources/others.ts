import type { Source } from '../../../schema.js';

/**
 * Sources the CBT text of 2026-11 still cites. Practice pages and withdrawn guidance carry no clinical claim (the
 * claims test says which statements still lean on them); the pack test names any that nothing cites any more.
 */
const citedByOlderCbtText: Record<string, Source> = {
  cd: {
    id: 'cd',
    kind: 'practice-page',
    title: 'Psychodynamic therapy',
    author: 'Bonnie Gifford; reviewed by Laura Duester',
    publisher: 'Counselling Directory',
    year: 2023,
    note: 'Updated 26 May 2023; next update due 25 May 2026.',
  },
  launder: {
    id: 'launder',
    kind: 'practice-page',
    title: 'What is Psychodynamic?',
    author: 'A. Launder',
    publisher: 'A. Launder Counselling',
  },
  pdblog: {
    id: 'pdblog',
    kind: 'practice-page',
    title: 'Psychodynamic therapy',
    publisher: 'Blog',
    note: 'Blog post on methods, uses, self-help and combining treatments.',
  },
  lindegaard: {
    id: 'lindegaard',
    kind: 'trial',
    title:
      'Internet-based psychodynamic therapy vs cognitive behavioural therapy for social anxiety disorder: A preference study',
    author: 'Lindegaard T, Hesslow T, Nilsson M, et al.',
    publisher: 'Internet Interventions 20',
    year: 2020,
    url: 'https://www.sciencedirect.com/science/article/pii/S2214782919301319',
    design: 'preference study, intention-to-treat analysis',
  },
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
    note: 'Withdrawn: replaced by NG222 in June 2022.',
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

/** The sources that only the other texts cite (CBT's, the comparison's). Ids are the fact sheet's short ids. */
export const otherSources: Record<string, Source> = {
  'awp-cbt': {
    id: 'awp-cbt',
    kind: 'patient-information',
    title: 'Cognitive behavioural therapy (CBT)',
    publisher: 'Avon and Wiltshire Mental Health Partnership NHS Trust',
    url: 'https://awp.nhs.uk/patients-and-carers/leaflets-and-resources/patient-and-carer-information-leaflets/conditions-and-treatments/cognitive-behavioural-therapy-cbt',
  },
  'tewv-cbt': {
    id: 'tewv-cbt',
    kind: 'patient-information',
    title: 'Cognitive behavioural therapy (older people)',
    publisher: 'Tees, Esk and Wear Valleys NHS Foundation Trust',
    url: 'https://www.tewv.nhs.uk/site/content/Care-&-Treatment/Older-People/Cognitive-behavioural-therapy',
  },
  'slam-cbt': {
    id: 'slam-cbt',
    kind: 'service-page',
    title: 'Cognitive behavioural therapy (CBT)',
    publisher: 'South London and Maudsley NHS Foundation Trust, Southwark Talking Therapies',
    url: 'https://slam-iapt.nhs.uk/southwark/sw-therapy-options/follow-on-options/cbt/',
  },
  'div12-cbt-gad': {
    id: 'div12-cbt-gad',
    kind: 'professional-body',
    title: 'Cognitive and behavioral therapies for generalized anxiety disorder',
    publisher: 'Society of Clinical Psychology (APA Division 12)',
    url: 'https://div12.org/PsychologicalTreatments/treatments/anxiety_cbt.html',
    design: 'rating of the research support for a treatment',
  },
  cuijpers16: {
    id: 'cuijpers16',
    kind: 'systematic-review',
    title: 'How effective are cognitive behavior therapies for major depression and anxiety disorders?',
    author: 'Cuijpers P, Cristea IA, Karyotaki E, Reijnders M, Huibers MJH',
    publisher: 'World Psychiatry 15(3):245-258',
    year: 2016,
    url: 'https://scicombinator.com/articles/2836022',
    design: 'meta-analysis of 144 trials',
  },
  ...citedByOlderCbtText,
};
