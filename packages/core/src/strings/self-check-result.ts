/** English strings of the self-check's result screen, which loads with it from its own file, not with the element (see result.ts in @psy-widgets/self-check). */
export const selfCheckResultStrings = {
  selfCheckReasons: 'What your answers said',
  selfCheckReasonsFor: 'Pointing towards this approach',
  selfCheckReasonsAgainst: 'Pointing another way',
  selfCheckReasonsNeither: 'Pointing neither way',
  selfCheckNextSteps: 'What you could do next',
  selfCheckMixed: 'Your answers point more than one way, so more than one option is worth talking through:',
  selfCheckFirstSession: 'Questions worth asking at a first session',
  selfCheckRestart: 'Start again',
};
