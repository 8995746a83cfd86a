import type { Source } from '../../../schema.js';

/**
 * The sources the psychodynamic text cites (some are cited elsewhere too): all the explainer loads up front. A
 * source that text cites belongs here; the content tests check that none is missing.
 */
export const psychodynamicSources: Record<string, Source> = {
  o2o: {
    id: 'o2o',
    kind: 'practice-page',
    title: 'About psychodynamic therapy',
    publisher: 'One 2 One Therapeutic Support',
    note: 'Web page of a practice in Cape Town, South Africa, whose staff hold MHCPC and BACP qualifications.',
  },
  cd: {
    id: 'cd',
    kind: 'practice-page',
    title: 'Psychodynamic therapy',
    author: 'Bonnie Gifford; reviewed by Laura Duester',
    publisher: 'Counselling Directory',
    year: 2023,
    note: 'Updated 26 May 2023; next update due 25 May 2026.',
  },
  ijngp: {
    id: 'ijngp',
    kind: 'practice-page',
    title: 'Psychodynamic Approach To Therapy',
    author: 'Nishita',
    publisher: 'IJNGP blog',
    note: 'Student blog post; cites Lindegaard and colleagues (2020) and Strean.',
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
  bateman: {
    id: 'bateman',
    kind: 'textbook',
    title: 'Introduction to Psychotherapy: An Outline of Psychodynamic Principles and Practice',
    author: 'Bateman A, et al.',
    year: 2000,
    design: 'textbook',
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
  keefe: {
    id: 'keefe',
    kind: 'systematic-review',
    title: 'A meta-analytic review of psychodynamic therapies for anxiety disorders',
    author: 'Keefe JR, McCarthy KS, Dinger U, Zilcha-Mano S, Barber JP',
    publisher: 'Clinical Psychology Review 34(4):309-323',
    year: 2014,
    url: 'https://doi.org/10.1016/j.cpr.2014.03.004',
    design: 'meta-analysis of 14 randomised controlled trials (1,073 patients)',
  },
  leichsenring: {
    id: 'leichsenring',
    kind: 'systematic-review',
    title: 'Long-term psychodynamic psychotherapy in complex mental disorders: update of a meta-analysis',
    author: 'Leichsenring F, Rabung S',
    publisher: 'British Journal of Psychiatry 199(1):15-22',
    year: 2011,
    url: 'https://doi.org/10.1192/bjp.bp.110.082776',
    design: 'meta-analysis of 10 controlled trials (971 patients) against less intensive therapy',
    note: 'Its methods have been criticised.',
  },
  malhi: {
    id: 'malhi',
    kind: 'guideline',
    title:
      'Positioning of psychodynamic psychotherapy in the treatment of depression: A comparison of the RANZCP 2020 and NICE 2022 guidelines',
    author: 'Malhi GS, Bell E, Bassett D, et al.',
    publisher: 'Australasian Psychiatry 31(3):322-325',
    year: 2023,
    url: 'https://doi.org/10.1177/10398562231159329',
    design: 'comparison of two clinical guidelines',
  },
  ng222: {
    id: 'ng222',
    kind: 'guideline',
    title: 'Depression in adults: treatment and management (NG222)',
    publisher: 'National Institute for Health and Care Excellence (NICE)',
    year: 2022,
    url: 'https://www.nice.org.uk/guidance/ng222',
    design: 'clinical guideline',
  },
  annafreud: {
    id: 'annafreud',
    kind: 'professional-body',
    title: 'About Dynamic Interpersonal Therapy (DIT)',
    publisher: 'Anna Freud',
    url: 'https://www.annafreud.org/training/dynamic-interpersonal-therapy/',
  },
};
