import type { StringsOf } from '@psy-widgets/core';

/** English strings of `<psy-self-check>`. */
export const selfCheckStrings = {
  selfCheckUrgent: 'I need help now',
  selfCheckWhat: 'This is a reflection aid to help you think about what you want from therapy.',
  selfCheckNot: 'It is not a diagnosis or an assessment.',
  selfCheckTime: 'It has {count} short questions and takes about two minutes.',
  selfCheckPrivacy:
    'Your answers stay on this device. They are not sent anywhere or saved, and they are gone when you leave or reload the page.',
  selfCheckStart: 'Start',
  selfCheckProgress: 'Question {n} of {total}',
  selfCheckBack: 'Back',
  selfCheckNext: 'Next',
  selfCheckFinish: 'See my result',
  selfCheckMissing: 'Choose an answer to this question to go on.',
  selfCheckCrisisTitle: 'Help you can reach now',
  selfCheckCrisisCalm:
    'You said you feel in crisis. You do not have to face this alone: you can call or text one of these lines now. The questions will wait. It is fine to come back to them later.',
  selfCheckCrisisBack: 'Back to the questions',
  selfCheckResult: 'Your result is shown.',
  selfCheckResultNotLoaded:
    'Your result could not be shown, because part of this page did not load. Check your connection, then try again. Your answers are still here.',
  selfCheckRetry: 'Try again',
  selfCheckPrint: 'Print or save as PDF',
};

declare module '@psy-widgets/core' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds these keys to the strings table
  interface PsyStrings extends StringsOf<typeof selfCheckStrings> {}
}
