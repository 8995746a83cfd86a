/** English strings every element shares: the message shown in place of content when the input is not accepted. */
export const sharedStrings = {
  problemTitle: 'This information can’t be shown right now.',
  problemHelp: 'For the website’s team:',
  problemUnexpected: 'Something unexpected went wrong: {message}',
};
