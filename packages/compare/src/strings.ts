import type { StringsOf } from '@psy-widgets/core';

/** English strings of `<psy-compare>`. */
export const compareStrings = {
  compareTitleTwo: '{a} and {b} compared',
  compareTitleThree: '{a}, {b} and {c} compared',
  compareAspect: 'Aspect',
  compareDiffersMost: 'Differs most',
  compareHighlightNote: 'Aspects marked ‘Differs most’ are where the approaches differ most.',
  compareMore: 'More',
  compareMoreAbout: 'about {therapy}: {aspect}',
  compareSources: 'Sources:',
  compareSourcesFor: 'Sources for {aspect}',
  compareNoCell: 'Not covered in this comparison.',
  compareNoteTwo:
    'Both approaches can help. Which one fits depends on you and what you want from therapy. A qualified professional can help you decide.',
  compareNoteMore:
    'Each of these approaches can help. Which one fits depends on you and what you want from therapy. A qualified professional can help you decide.',
};

declare module '@psy-widgets/core' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds these keys to the strings table
  interface PsyStrings extends StringsOf<typeof compareStrings> {}
}
