import type { QuestionSet } from '../../packages/content/src/schema.js';

/** How far an answer leans towards each therapy, as a question set writes it. */
export const lean = (psychodynamic: number, cbt: number) => ({ psychodynamic, cbt });

/**
 * A clinic's own small question set, as a page would pass it to `.questions`: three questions, with the crisis answer
 * on the second, so a check can go on past it.
 */
export const clinicSet: QuestionSet = {
  id: 'clinic-check',
  therapies: {
    psychodynamic: { name: 'our psychodynamic group', title: 'Might our group suit me?' },
    cbt: { name: 'our CBT course', title: 'Might our CBT course suit me?' },
  },
  intro: ['Three questions about our groups.'],
  why: [{ text: ['What you want matters.'], sources: [] }],
  questions: [
    {
      id: 'sharing',
      topic: 'Sharing',
      prompt: 'How do you feel about sharing with others?',
      basis: ['cnip16'],
      ways: {
        psychodynamic: { text: ['The group talks openly.'], sources: [] },
        cbt: { text: ['The course follows a plan.'], sources: [] },
      },
      options: [
        { id: 'fine', label: 'Fine', leans: lean(2, 0), reason: 'You are at ease sharing with others.' },
        { id: 'unsure', label: 'Not sure', leans: lean(0, 0), reason: 'You are not sure about sharing.' },
        { id: 'hard', label: 'Hard', leans: lean(-2, 1), reason: 'Sharing with others feels hard.' },
      ],
    },
    {
      id: 'today',
      topic: 'Today',
      prompt: 'How are you today?',
      basis: ['cnwl-tt'],
      options: [
        { id: 'ok', label: 'Okay', leans: lean(0, 0), reason: 'You feel okay today.' },
        { id: 'low', label: 'Low, but coping', leans: lean(0, 0), reason: 'You feel low but are coping.' },
        { id: 'crisis', label: 'I feel in crisis', leans: lean(2, 2), crisis: true },
      ],
    },
    {
      id: 'listening',
      topic: 'Listening',
      prompt: 'Would hearing others help you?',
      basis: ['cnip16'],
      ways: {
        psychodynamic: { text: ['You hear the others in the group.'], sources: [] },
        cbt: { text: ['You learn skills with others.'], sources: [] },
      },
      options: [
        { id: 'yes', label: 'Yes', leans: lean(2, 0), reason: 'Hearing others could help you.' },
        { id: 'no', label: 'No', leans: lean(-2, 2), reason: 'You would rather learn skills.' },
      ],
    },
  ],
  margin: 3,
  professionalNote: ['This is not a diagnosis. Talk it through with a qualified professional.'],
  firstSessionQuestions: [],
};

/** Every full set of answers a visitor can give, as question id -> option id. */
export function* everyAnswer(set: QuestionSet): Generator<Record<string, string>> {
  const counters = set.questions.map(() => 0);
  for (;;) {
    yield Object.fromEntries(set.questions.map((q, i) => [q.id, q.options[counters[i]!]!.id]));
    let i = counters.length - 1;
    while (i >= 0 && ++counters[i]! === set.questions[i]!.options.length) counters[i--] = 0;
    if (i < 0) return;
  }
}
