import type { Option, Question, QuestionSet } from '../../schema.js';
import { t } from '../build.js';

const o = (id: string, label: string, weight: number, reason: string): Option => ({ id, label, weight, reason });
const q = (id: string, prompt: string, ...options: Option[]): Question => ({ id, prompt, options });

const cbt = t('cbt', 'CBT');

const psychodynamicFit: QuestionSet = {
  id: 'psychodynamic-fit',
  therapy: 'psychodynamic',
  title: 'Might psychodynamic therapy suit me?',
  intro: [
    'Answer a few short questions about what you want from therapy. There are no right or wrong answers. Your answers stay on this page and are not sent anywhere.',
  ],
  questions: [
    q(
      'understand-self',
      'How much do you want to understand why you feel and act as you do?',
      o('a-lot', 'Very much', 2, 'You want to understand yourself, not just feel better.'),
      o('some', 'Somewhat', 1, 'You are open to looking at yourself a little.'),
      o('not-really', 'Not really, I mainly want the symptoms to ease', -1, 'You mainly want your symptoms to ease.'),
    ),
    q(
      'patterns',
      'Do the same patterns keep coming back in your relationships or at work?',
      o('yes', 'Yes, often', 2, 'You notice patterns that keep coming back.'),
      o('unsure', 'I am not sure', 0, 'You are not sure if patterns repeat.'),
      o('no', 'Not really', -1, 'Patterns that repeat are not your main worry.'),
    ),
    q(
      'causes-or-skills',
      'What would you most like from therapy?',
      o('causes', 'To understand what lies behind my difficulties', 2, 'You want to find the causes of what you feel.'),
      o('both', 'A mix of understanding and practical tools', 1, 'You want both insight and tools.'),
      o(
        'skills',
        'Practical skills for a problem I have now',
        -2,
        'You mainly want practical skills for a problem you have now.',
      ),
    ),
    q(
      'open-talk',
      'How do you feel about talking freely, without a set plan for each session?',
      o('comfortable', 'I would be comfortable with that', 2, 'You are at ease with open talk that has no set plan.'),
      o('unsure', 'I am not sure', 0, 'You are unsure about open talk with no set plan.'),
      o('structure', 'I would rather have a clear structure', -2, 'You would like a clear plan for each session.'),
    ),
    q(
      'past',
      'How open are you to looking at your past, including your childhood?',
      o('open', 'Very open', 2, 'You are open to seeing how your past shapes you now.'),
      o('a-little', 'A little', 1, 'You are willing to look at your past a little.'),
      o('rather-not', 'I would rather focus on now', -1, 'You would rather focus on the present.'),
    ),
    q(
      'time',
      'How much time could you give to therapy?',
      o('long', 'Months or more, every week', 2, 'You can give time to weekly sessions over months or more.'),
      o('some', 'A few months', 1, 'You could manage a few months of sessions.'),
      o('short', 'I want something short', -1, 'You are looking for something short.'),
    ),
    q(
      'tried-before',
      'Have you had help for this before?',
      o('still-struggling', 'Yes, but I still struggle', 1, 'Your problems have stayed, even after other help.'),
      o('first-time', 'No, this would be my first time', 0, 'This would be your first time in therapy.'),
      o('skills-helped', 'Yes, and practical skills helped me', -1, 'A skills-based approach has helped you before.'),
    ),
    q(
      'feelings',
      'How do you feel about strong feelings coming up in sessions?',
      o('ready', 'I feel ready for that', 2, 'You feel ready to face hard feelings.'),
      o('nervous', 'Nervous, but willing', 0, 'You feel nervous but willing to face hard feelings.'),
      o('not-now', 'I would rather not stir things up now', -1, 'You would rather not stir up hard feelings just now.'),
    ),
    q(
      'relationships',
      'Are problems with other people a big part of what troubles you?',
      o('yes', 'Yes', 2, 'Your relationships are at the heart of what troubles you.'),
      o('partly', 'Partly', 1, 'Your relationships play some part in what troubles you.'),
      o('no', 'No', 0, 'What troubles you lies mostly outside your relationships.'),
    ),
    q(
      'steady',
      'How steady do you feel from day to day at the moment?',
      o('steady', 'Steady enough', 1, 'You feel steady enough to explore.'),
      o('up-and-down', 'Up and down, but coping', 0, 'Some days are hard, but you are coping.'),
      {
        ...o('crisis', 'I feel in crisis', -2, 'You feel in crisis and need to feel safe and stable first.'),
        crisis: true,
      },
    ),
  ],
  outcomes: [
    {
      id: 'good-fit',
      minScore: 10,
      title: 'Psychodynamic therapy may suit you well',
      summary: [
        'Your answers suggest you want to understand yourself and are open to looking at feelings, patterns and your past. These are the things psychodynamic therapy works with.',
      ],
      nextSteps: [
        ['Book a first meeting with a psychodynamic therapist to see how it feels.'],
        ['Take the first-session questions with you.'],
      ],
    },
    {
      id: 'discuss',
      minScore: 3,
      title: 'It could suit you: talk it through with a therapist',
      summary: [
        'Some of your answers fit psychodynamic therapy and some point elsewhere. A therapist can help you weigh this up.',
      ],
      nextSteps: [
        ['Ask for a first meeting, and say what you are unsure about.'],
        [
          'You could ask about ',
          t('brief-psychodynamic', 'brief psychodynamic therapy'),
          '. In it, you agree one focus at the start.',
        ],
      ],
      alternatives: ['cbt'],
    },
    {
      id: 'other-first',
      minScore: null,
      title: 'Another approach may suit you better first',
      summary: [
        'Your answers suggest you may want practical skills, a clear structure or quick help right now. A structured therapy such as ',
        cbt,
        ' may be a better place to start.',
      ],
      nextSteps: [['Read about ', cbt, ' and how the two compare.']],
      alternatives: ['cbt'],
    },
  ],
  professionalNote: [
    { strong: 'This is not a diagnosis.' },
    ' It cannot tell you what is wrong or which treatment you need. Please talk to a qualified professional, such as your GP or a registered therapist, before you decide.',
  ],
  firstSessionQuestions: [
    'How do you work, and what will our sessions be like?',
    'How often will we meet, and for how long?',
    'How will we know if it is helping?',
    'What should I do if I feel worse for a while?',
  ],
};

/** The question sets of the English pack, by id. */
export const questionSets: Record<string, QuestionSet> = { 'psychodynamic-fit': psychodynamicFit };
