import type { SourceKind } from '@psy-widgets/content';

/** English names of the kinds of source, shown before each source in the explainer's and comparison's lists. */
export const sourceKindStrings = {
  sourceKindGuideline: 'Guideline',
  sourceKindSystematicReview: 'Systematic review',
  sourceKindTrial: 'Trial',
  sourceKindStudy: 'Study',
  sourceKindTextbook: 'Textbook',
  sourceKindProfessionalBody: 'Professional body',
  sourceKindPatientInformation: 'Patient information',
  sourceKindServicePage: 'Service page',
  sourceKindPracticePage: 'Practice page',
};

/** The strings key that names a kind of source: `systematic-review` → `sourceKindSystematicReview`. */
export const sourceKindKey = (kind: SourceKind): keyof typeof sourceKindStrings =>
  `sourceKind${kind.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())}` as keyof typeof sourceKindStrings;
