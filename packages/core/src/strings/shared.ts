/**
 * English strings every element shares: the message shown in place of content when the input is not accepted, and
 * the sentence shown where the urgent-help panel will be until it has loaded (and by the panel itself where it knows
 * no helplines).
 */
export const sharedStrings = {
  helpNowFallbackEmergency: 'If a life is at risk, call your local emergency number now.',
  problemTitle: 'This information can’t be shown right now.',
  problemHelp: 'For the website’s team:',
  problemUnexpected: 'Something unexpected went wrong: {message}',
};
