import type { Option, Question, QuestionSet, Statement } from '../../schema.js';

type Leans = { psychodynamic: number; cbt: number };

const o = (id: string, label: string, leans: Leans, reason: string): Option => ({ id, label, leans, reason });
const way = (text: string, ...sources: string[]): Statement => ({ text: [text], sources });

/**
 * One preference profile for psychodynamic therapy and CBT. The first four questions follow the four dimensions of the
 * Cooper-Norcross Inventory of Preferences (cnip16; lay wording acat-cnip), in our own words: C-NIP items are not
 * copied. Then what the visitor mainly wants, the time they can give, and how steady they feel (the crisis route).
 *
 * Leans: +1 or +2 where an answer matches how a therapy usually works on that dimension (as its `ways` say, with
 * sources), -1 where the therapy usually works the other way, 0 where it does either or the sources do not say.
 * +2 only where a source names the dimension as central to the therapy (the past and insight for psychodynamic
 * therapy; the here and now and coping skills for CBT). A clinic can replace any of it.
 */
const questions: Question[] = [
  {
    id: 'lead',
    topic: 'Who leads the sessions',
    prompt: 'In your sessions, who would you like to lead the way?',
    basis: ['cnip16', 'acat-cnip'],
    ways: {
      psychodynamic: way('You talk about whatever comes to mind. The therapist helps you make sense of it.', 'bacp-pd'),
      cbt: way(
        'Each session has a plan, set at the start. You and the therapist agree goals and work on them.',
        'slam-cbt',
        'babcp',
      ),
    },
    options: [
      o(
        'me',
        'Me: I would like to bring what is on my mind',
        { psychodynamic: 1, cbt: -1 },
        'You would like to lead, and talk about what is on your mind.',
      ),
      o('both', 'Both of us, in turn', { psychodynamic: 0, cbt: 0 }, 'You would like to share the lead.'),
      o(
        'therapist',
        'The therapist, with a plan for each session',
        { psychodynamic: -1, cbt: 1 },
        'You would like the therapist to guide you with a plan.',
      ),
    ],
  },
  {
    id: 'feelings',
    topic: 'Feelings in the session',
    prompt: 'How much would you like to talk about your feelings?',
    basis: ['cnip16', 'acat-cnip'],
    ways: {
      psychodynamic: way(
        'Feelings, and how you show them, are a main focus. So is your bond with the therapist.',
        'div12-stpp',
        'bacp-pd',
      ),
      cbt: way(
        'It looks at how thoughts, feelings, actions and the body link up. A change in one can change the rest.',
        'babcp',
      ),
    },
    options: [
      o(
        'a-lot',
        'A lot, even strong feelings',
        { psychodynamic: 1, cbt: 0 },
        'You would like to explore your feelings, even strong ones.',
      ),
      o(
        'some',
        'Some, at my own pace',
        { psychodynamic: 0, cbt: 0 },
        'You would like to talk about feelings at your own pace.',
      ),
      o(
        'less',
        'Less: I would rather look at my thoughts and what I do',
        { psychodynamic: -1, cbt: 1 },
        'You would rather look at your thoughts and what you do.',
      ),
    ],
  },
  {
    id: 'past',
    topic: 'Past or present',
    prompt: 'Would you like to look at your past, or at your life now?',
    basis: ['cnip16', 'acat-cnip'],
    ways: {
      psychodynamic: way(
        'It looks at how past events and bonds shape how you feel and act now.',
        'bacp-pd',
        'rcpsych-nhs',
      ),
      cbt: way('It looks mostly at the here and now. The past can come in when it helps.', 'awp-cbt'),
    },
    options: [
      o(
        'past',
        'My past, and how it shapes me now',
        { psychodynamic: 2, cbt: -1 },
        'You would like to see how your past shapes you now.',
      ),
      o(
        'both',
        'A bit of both',
        { psychodynamic: 0, cbt: 0 },
        'You would like to look at both your past and your life now.',
      ),
      o(
        'now',
        'My life now, and what comes next',
        { psychodynamic: -1, cbt: 2 },
        'You would like to focus on now and what comes next.',
      ),
    ],
  },
  {
    id: 'challenge',
    topic: 'Support or challenge',
    prompt: 'What would you like most from a therapist?',
    basis: ['cnip16', 'acat-cnip', 'cpq21'],
    ways: {
      psychodynamic: way(
        'A safe bond with the therapist helps you talk openly. The therapist may also point out things you tend to avoid.',
        'bacp-pd',
        'div12-stpp',
      ),
      cbt: way('The therapist helps you test and question thoughts that do not help you.', 'slam-cbt'),
    },
    options: [
      o('support', 'Gentle support', { psychodynamic: 0, cbt: 0 }, 'You would like gentle support.'),
      o(
        'both',
        'A mix of support and challenge',
        { psychodynamic: 0, cbt: 0 },
        'You would like both support and challenge.',
      ),
      o(
        'challenge',
        'To be challenged on how I see things',
        { psychodynamic: 0, cbt: 1 },
        'You would like to be challenged on how you see things.',
      ),
    ],
  },
  {
    id: 'aim',
    topic: 'What you want most',
    prompt: 'What do you want most from therapy?',
    basis: ['swift18'],
    ways: {
      psychodynamic: way('It aims to help you see the patterns behind how you feel and act.', 'div12-stpp'),
      cbt: way('It teaches skills to cope, with clear goals, and works on problems you have now.', 'ng222'),
    },
    options: [
      o(
        'understand',
        'To understand why I feel and act as I do',
        { psychodynamic: 2, cbt: 0 },
        'You want to understand why you feel and act as you do.',
      ),
      o(
        'both',
        'Both: to understand and to cope',
        { psychodynamic: 1, cbt: 1 },
        'You want to understand, and to cope better.',
      ),
      o(
        'skills',
        'Practical skills for a problem I have now',
        { psychodynamic: -1, cbt: 2 },
        'You want practical skills for a problem you have now.',
      ),
    ],
  },
  {
    id: 'time',
    topic: 'Time you can give',
    prompt: 'How much time could you give to therapy?',
    basis: ['swift18'],
    ways: {
      psychodynamic: way(
        'In the NHS it is often weekly, for a few months or much longer. Brief forms often last about 16 to 20 sessions.',
        'rcpsych-nhs',
        'div12-stpp',
      ),
      cbt: way('A course is often 5 to 20 sessions.', 'nhs-types'),
    },
    options: [
      o('short', 'A short course of weekly sessions', { psychodynamic: 0, cbt: 1 }, 'You would like a short course.'),
      o(
        'longer',
        'Longer, if it helps: a year or more',
        { psychodynamic: 1, cbt: 0 },
        'You could give a year or more if it helps.',
      ),
      o('unsure', 'I do not know yet', { psychodynamic: 0, cbt: 0 }, 'You do not know yet how much time you can give.'),
    ],
  },
  {
    id: 'steady',
    topic: 'How steady you feel',
    prompt: 'How steady do you feel from day to day just now?',
    // talking therapy services are not crisis services: someone in crisis needs help now, not a result
    basis: ['cnwl-tt'],
    options: [
      o('steady', 'Steady enough', { psychodynamic: 0, cbt: 0 }, 'You feel steady enough.'),
      o(
        'up-and-down',
        'Up and down, but coping',
        { psychodynamic: 0, cbt: 0 },
        'Some days are hard, but you are coping.',
      ),
      { id: 'crisis', label: 'I feel in crisis', leans: { psychodynamic: 0, cbt: 0 }, crisis: true },
    ],
  },
];

const preferences: QuestionSet = {
  id: 'preferences',
  therapies: {
    psychodynamic: { name: 'psychodynamic therapy', title: 'Might psychodynamic therapy suit me?' },
    cbt: { name: 'CBT', title: 'Might CBT suit me?' },
  },
  intro: [
    'A few short questions about how you would like therapy to be. They come from research on what clients want. There are no right or wrong answers, and your answers stay on this page.',
  ],
  why: [
    way('Studies show that when therapy takes account of what a client wants, fewer people stop early.', 'swift18'),
    way(
      'But one study looked at 470 clients. Matching what they wanted to a type of therapy did not give better results.',
      'cpq21',
    ),
    way('So your result is not a verdict. It is a starting point to talk through at a first session.', 'cnip16'),
  ],
  questions,
  // The most one therapy's leans can be ahead is about 8. Ahead by 3 or more means most answers point its way; closer
  // than that, the answers are mixed, and both therapies are shown as options.
  margin: 3,
  professionalNote: [
    { strong: 'This is not a diagnosis.' },
    ' It cannot tell you which treatment you need. Please talk it through with a qualified professional, such as your GP or a registered therapist.',
  ],
  firstSessionQuestions: [
    'How do you work, and what will our sessions be like?',
    'Who leads in a session: you or me?',
    'How much will we look at my past?',
    'How often will we meet, and for how long?',
    'How will we know if it is helping?',
    'What should I do if I feel worse for a while?',
  ],
};

/** The question sets of the English pack, by id. */
export const questionSets: Record<string, QuestionSet> = { preferences };
