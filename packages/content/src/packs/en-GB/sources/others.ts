import type { Source } from '../../../schema.js';

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
    title:
      'How effective are cognitive behavior therapies for major depression and anxiety disorders? A meta-analytic update of the evidence',
    author: 'Cuijpers P, Cristea IA, Karyotaki E, Reijnders M, Huibers MJH',
    publisher: 'World Psychiatry 15(3):245-258',
    year: 2016,
    url: 'https://scicombinator.com/articles/2836022',
    design: 'meta-analysis of 144 trials',
  },
};
