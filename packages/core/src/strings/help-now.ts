/** English strings of `<psy-help-now>` (also inside the explainer and the self-check). */
export const helpNowStrings = {
  helpNowTitle: 'Help now',
  helpNowIntro: 'If you need support now, you can contact one of these services.',
  helpNowRegion: 'Services in {region}',
  helpNowCall: 'Call {number}',
  helpNowText: 'Text {number}',
  helpNowTextBody: 'Text {body} to {number}',
  helpNowHours: 'Open:',
  helpNowYoungPeople: 'For children and young people',
  helpNowLineArea: '{name} ({areas})',
};
