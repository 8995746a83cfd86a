import type { StringsOf } from '@psy-widgets/core';

/** English strings of the self-check's result screen, which loads with it from its own file, not with the element (see result.ts). */
export const selfCheckResultStrings = {
  selfCheckCloser: 'Your answers line up more with how {therapy} usually works',
  selfCheckMixed: 'Your answers fit parts of each approach',
  selfCheckCloserAsked:
    'Most of what you said fits how {therapy} usually works. That is a good thing to talk about with a therapist.',
  selfCheckCloserOther:
    'Most of what you said fits how {other} usually works. This does not rule out {therapy}: talk it through with a therapist.',
  selfCheckMixedText: 'Your answers point more than one way, so both are worth talking through:',
  selfCheckAnswersFit: 'Answers that fit how it usually works: {count} of {total}',
  selfCheckDimensions: 'What you said, one by one',
  selfCheckYouSaid: 'You said:',
  selfCheckFits: 'fits what you said',
  selfCheckDiffers: 'works in a different way',
  selfCheckEither: 'can work either way',
  selfCheckWhy: 'Why we ask about preferences',
  selfCheckFirstSession: 'Questions worth asking at a first session',
  selfCheckRestart: 'Start again',
};

declare module '@psy-widgets/core' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds these keys to the strings table
  interface PsyStrings extends StringsOf<typeof selfCheckResultStrings> {}
}
