import type { Source } from '../../../schema.js';

/**
 * The sources CBT's text cites, keyed by the fact sheet's short ids. They load with CBT's text, after the explainer's
 * first render. NICE's NG222 itself lives with the psychodynamic sources, which load first.
 */
export const cbtSources: Record<string, Source> = {
  'mk-tt': {
    id: 'mk-tt',
    kind: 'service-page',
    title: 'Milton Keynes Talking Therapies: professionals',
    publisher: 'Milton Keynes Talking Therapies (NHS)',
    url: 'https://mktalkingtherapies.nhs.uk/professionals',
  },
  'ng222-p89': {
    id: 'ng222-p89',
    kind: 'guideline',
    title: 'Depression in adults: treatment and management (NG222), rationale for recommendations 1.5.2 and 1.5.3',
    publisher: 'National Institute for Health and Care Excellence (NICE)',
    year: 2022,
    url: 'https://www.nice.org.uk/guidance/ng222',
    design: 'clinical guideline: the committee’s reasons for its options for less severe depression',
    note: 'Page 89 of the guideline, read in a copy of its PDF.',
  },
  'ng222-p90': {
    id: 'ng222-p90',
    kind: 'guideline',
    title: 'Depression in adults: treatment and management (NG222), rationale for recommendation 1.6.1',
    publisher: 'National Institute for Health and Care Excellence (NICE)',
    year: 2022,
    url: 'https://www.nice.org.uk/guidance/ng222',
    design: 'clinical guideline: the committee’s reasons for its options for more severe depression',
    note: 'Page 90 of the guideline, read in a copy of its PDF.',
  },
  nwppn: {
    id: 'nwppn',
    kind: 'professional-body',
    title:
      'A quick glance at the Post-Traumatic Stress Disorder: Management Clinical Guidelines; what’s changed? (blog, 4 April 2019)',
    publisher: 'Yorkshire and Humber Psychological Practitioners Network (NHS)',
    url: 'https://nwppn.nhs.uk/index.php/our-work/easyblog/entry/yorkshire-and-humber-psychological-practitioners-network-blog-04-04-19',
    design: 'summary of NICE’s PTSD guideline for NHS practitioners',
  },
  'matrix-cbtt': {
    id: 'matrix-cbtt',
    kind: 'guideline',
    title: 'The Matrix: cognitive behavioural therapy with a trauma focus (CBT-T)',
    publisher: 'NHS Education for Scotland',
    url: 'https://www.matrix.nhs.scot/explore-the-recommended-interventions-therapies/cognitive-behavioural-therapy-with-a-trauma-focus-cbt-t',
    design: 'national guide to psychological therapies in Scotland',
  },
  'div12-act': {
    id: 'div12-act',
    kind: 'professional-body',
    title: 'Acceptance and commitment therapy for chronic pain',
    publisher: 'Society of Clinical Psychology (APA Division 12)',
    url: 'https://div12.org/psychological-treatments/treatments/acceptance-and-commitment-therapy-for-chronic-pain',
    design: 'rating of research support',
  },
  'moorey-hollon': {
    id: 'moorey-hollon',
    kind: 'textbook',
    title: 'Cognitive behavioral therapy for depression',
    author: 'Moorey S, Hollon SD',
    publisher: 'Oxford Research Encyclopedia of Psychology',
    design: 'encyclopedia review',
  },
  'mhf-mbct': {
    id: 'mhf-mbct',
    kind: 'patient-information',
    title: 'Mindfulness-based cognitive therapy (MBCT)',
    publisher: 'Mental Health Foundation',
    url: 'https://www.mentalhealth.org.uk/a-to-z/m/mindfulness-based-cognitive-therapy-mbct',
  },
  devylder: {
    id: 'devylder',
    kind: 'study',
    title:
      'Dialectical behavior therapy for the treatment of borderline personality disorder: an evaluation of the evidence',
    author: 'DeVylder JE',
    publisher: 'International Journal of Psychosocial Rehabilitation 15(1):61-70',
    year: 2010,
    design: 'review of the evidence',
  },
  mcmain18: {
    id: 'mcmain18',
    kind: 'trial',
    title:
      'The effectiveness of 6 versus 12 months of dialectical behavior therapy for borderline personality disorder: the FASTER trial protocol',
    author: 'McMain SF, et al.',
    publisher: 'BMC Psychiatry 18:230',
    year: 2018,
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6050694',
    design: 'protocol of a randomised trial',
  },
  'kennedy-cft': {
    id: 'kennedy-cft',
    kind: 'textbook',
    title: 'CFT in a nutshell',
    author: 'Kennedy F, Pearson D',
    publisher: 'Routledge',
    url: 'https://www.taylorfrancis.com/chapters/mono/10.4324/9780429442926-5/cft-nutshell-fiona-kennedy-david-pearson',
    design: 'book chapter',
  },
  haby06: {
    id: 'haby06',
    kind: 'systematic-review',
    title:
      'Cognitive behavioural therapy for depression, panic disorder and generalized anxiety disorder: a meta-regression of factors that may predict outcome',
    author: 'Haby MM, Donnelly M, Corry J, Vos T',
    publisher: 'Australian and New Zealand Journal of Psychiatry 40(1):9-19',
    year: 2006,
    url: 'https://doi.org/10.1080/j.1440-1614.2006.01736.x',
    design:
      'meta-analysis and meta-regression of 33 randomised controlled trials (52 comparisons) against wait-list or placebo controls',
  },
  overview17: {
    id: 'overview17',
    kind: 'systematic-review',
    title:
      'Four decades of outcome research on psychotherapies for adult depression: an overview of a series of meta-analyses',
    publisher: 'Canadian Psychology 58(1):7-19',
    year: 2017,
    design: 'overview of a series of meta-analyses',
  },
  solomonov15: {
    id: 'solomonov15',
    kind: 'study',
    title:
      'What we know, what we do not know, and where are we heading? Efficacy and acceptability of psychological interventions for depression',
    author: 'Solomonov N, Barber JP',
    publisher: 'Epidemiology and Psychiatric Sciences',
    year: 2015,
    url: 'https://www.cambridge.org/core/journals/epidemiology-and-psychiatric-sciences/article/what-we-know-what-we-do-not-know-and-where-are-we-heading-efficacy-and-acceptability-of-psychological-interventions-for-depression/A6D281B6ACFA3A8B4B9B9237B7F2E299',
    design: 'editorial reviewing the evidence',
  },
};
