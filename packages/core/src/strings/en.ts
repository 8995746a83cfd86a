/**
 * The English strings table: every word an element shows that is not content (labels, messages, headings of
 * controls). Content (therapies, questions, helplines) lives in @psy-widgets/content. `{name}` marks a value that is
 * filled in at run time; keep it in translations.
 */
export const en = {
  // shared
  problemTitle: 'This information can’t be shown right now.',
  problemHelp: 'For the website’s team:',
  problemUnexpected: 'Something unexpected went wrong: {message}',
  // ---- explainer ----
  explainerFaq: 'Questions people often ask',
  explainerSources: 'Sources',
  explainerSourcesFor: 'for {section}',
  explainerReadMore: 'Read more',
  explainerReadMoreAbout: 'about {therapy}',
  explainerLastReviewed: 'Last reviewed {date}.',
  explainerNextReview: 'Next review due {date}.',
  explainerReviewedBy: 'Reviewed by {reviewer}.',
  explainerNotReviewed: 'Not yet reviewed by this practice.',
  explainerWrittenBy: 'Written by {author}.',
  explainerHelpLink: 'If you need help now',
  // ---- compare ----
  compareTitleTwo: '{a} and {b} compared',
  compareTitleThree: '{a}, {b} and {c} compared',
  compareAspect: 'Aspect',
  compareDiffersMost: 'Differs most',
  compareHighlightNote: 'Aspects marked ‘Differs most’ are where the approaches differ most.',
  compareMore: 'More',
  compareMoreAbout: 'about {therapy}: {aspect}',
  compareSources: 'Sources:',
  compareNoCell: 'Not covered in this comparison.',
  compareNoteTwo:
    'Both approaches can help. Which one fits depends on you and what you want from therapy. A qualified professional can help you decide.',
  compareNoteMore:
    'Each of these approaches can help. Which one fits depends on you and what you want from therapy. A qualified professional can help you decide.',
  // ---- self-check ----
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
  selfCheckCrisisNote: 'You said you feel in crisis. Here is how to get help now.',
  selfCheckCrisisShown: 'Ways to get help now are shown below the question.',
  selfCheckResult: 'Your result: {title}',
  selfCheckReasons: 'What your answers said',
  selfCheckReasonsFor: 'Pointing towards this approach',
  selfCheckReasonsAgainst: 'Pointing another way',
  selfCheckReasonsNeither: 'Pointing neither way',
  selfCheckNextSteps: 'What you could do next',
  selfCheckMixed: 'Your answers point more than one way, so more than one option is worth talking through:',
  selfCheckFirstSession: 'Questions worth asking at a first session',
  selfCheckPrint: 'Print or save as PDF',
  selfCheckRestart: 'Start again',
  // ---- help-now ----
  helpNowTitle: 'Help now',
  helpNowIntro: 'If you need support now, you can contact one of these services.',
  helpNowRegion: 'Services in {region}',
  helpNowCall: 'Call {number}',
  helpNowText: 'Text {number}',
  helpNowTextBody: 'Text {body} to {number}',
  helpNowHours: 'Open:',
  helpNowFallbackEmergency: 'If a life is at risk, call your local emergency number now.',
  // ---- term ----
};

export type PsyStrings = { [K in keyof typeof en]: string };
