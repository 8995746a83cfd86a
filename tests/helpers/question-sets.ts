import type { QuestionSet } from '../../packages/content/src/schema.js';

/**
 * A clinic's own small question set, as a page would pass it to `.questions`: three questions, with the crisis answer
 * on the second, so a check can go on past it.
 */
export const clinicSet: QuestionSet = {
  id: 'clinic-check',
  therapy: 'psychodynamic',
  title: 'Might our groups suit me?',
  intro: ['Three questions about groups.'],
  questions: [
    {
      id: 'sharing',
      prompt: 'How do you feel about sharing with others?',
      options: [
        { id: 'fine', label: 'Fine', weight: 2, reason: 'You are at ease sharing with others.' },
        { id: 'unsure', label: 'Not sure', weight: 0 },
        { id: 'hard', label: 'Hard', weight: -2, reason: 'Sharing with others feels hard.' },
      ],
    },
    {
      id: 'today',
      prompt: 'How are you today?',
      options: [
        { id: 'ok', label: 'Okay', weight: 2, reason: 'You feel okay today.' },
        { id: 'low', label: 'Low, but coping', weight: 0 },
        { id: 'crisis', label: 'I feel in crisis', weight: 2, crisis: true },
      ],
    },
    {
      id: 'listening',
      prompt: 'Would hearing others help you?',
      options: [
        { id: 'yes', label: 'Yes', weight: 2, reason: 'Hearing others could help you.' },
        { id: 'no', label: 'No', weight: -2 },
      ],
    },
  ],
  outcomes: [
    { id: 'group', minScore: 3, title: 'A group may suit you', summary: ['Groups may suit you.'], nextSteps: [] },
    { id: 'one-to-one', minScore: null, title: 'One-to-one may suit you', summary: ['Start alone.'], nextSteps: [] },
  ],
  professionalNote: ['This is not a diagnosis. Talk it through with a qualified professional.'],
  firstSessionQuestions: [],
};
