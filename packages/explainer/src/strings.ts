import type { StringsOf } from '@psy-widgets/core';

/** English strings of `<psy-explainer>`. */
export const explainerStrings = {
  explainerFaq: 'Questions people often ask',
  explainerSources: 'Sources',
  explainerSourcesFor: 'for {section}',
  explainerReadMore: 'Read more',
  explainerReadMoreAbout: 'about {therapy}',
  explainerLastReviewed: 'Last reviewed {date}.',
  explainerNextReview: 'Next review due {date}.',
  explainerReviewedBy: 'Reviewed by {reviewer}.',
  explainerReviewedOn: 'Reviewed for this practice by {reviewer} on {date}.',
  explainerReviewer: '{name}, {role}',
  explainerRegistered: '{reviewer}, registered with {body}',
  explainerNotReviewed: 'Not yet reviewed by this practice.',
  explainerWrittenBy: 'Written by {author}.',
  explainerHelpLink: 'If you need help now',
};

declare module '@psy-widgets/core' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds these keys to the strings table
  interface PsyStrings extends StringsOf<typeof explainerStrings> {}
}
