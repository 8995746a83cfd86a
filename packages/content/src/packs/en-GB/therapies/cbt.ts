import type { Therapy } from '../../../schema.js';
import { i, list, p, t } from '../../build.js';
import { cbtTerm, review, therapyNames } from './shared.js';

/** CBT, explained. */
export const cbt: Therapy = {
  ...therapyNames.cbt,
  summary: 'A talking therapy that helps you manage current problems by changing how you think and act.',
  overview: [
    p(
      [
        cbtTerm,
        ' stands for cognitive behavioural therapy. It helps you cope with problems you face today. It does this by changing how you think and what you do. It does not need to search for root causes.',
      ],
      'cd',
    ),
    p(
      'It looks at the links between your thoughts, feelings, body and actions, with a focus on the present more than the past.',
      'tavistock',
      'nhs',
    ),
  ],
  sections: [
    {
      id: 'principles',
      title: 'Core ideas',
      blocks: [
        list(
          null,
          i('Your thoughts, feelings, body and actions are linked.', 'tavistock', 'nhs'),
          i('The focus is on problems you face now, more than on your past.', 'tavistock', 'nhs'),
          i('Changing how you think and act can help you manage those problems.', 'cd'),
        ),
      ],
    },
    {
      id: 'techniques',
      title: 'How it works',
      blocks: [
        list(
          null,
          i('You and your therapist agree clear goals.', 'nhs', 'cg90'),
          i('Each session follows a plan, or agenda, that you set together.', 'cg90'),
          i(['You try tasks between sessions, often called ', t('homework'), '.'], 'nhs', 'cg90'),
        ),
      ],
    },
    {
      id: 'helps-with',
      title: 'What it can help with',
      blocks: [
        p(
          [
            'Trials have tested it for depression, panic disorder and generalised anxiety. NICE guidance covers it for depression and for anxiety. It is widely offered first in ',
            t('nhs-talking-therapies', 'NHS talking therapies'),
            '. Online CBT has been tested for social anxiety.',
          ],
          'haby',
          'ng222',
          'cg113',
          'nhs',
          'lindegaard',
        ),
      ],
    },
    {
      id: 'who-it-suits',
      title: 'Who it may suit',
      blocks: [
        p(
          'It may suit you if you want to work on a problem you have now in a set way, with clear goals and tasks between sessions. The sources say less about who it suits best, so talk it through with a professional.',
          'cd',
          'nhs',
        ),
      ],
    },
    {
      id: 'sessions',
      title: 'What sessions are like',
      blocks: [
        p(
          'Sessions last 30 to 60 minutes, usually once a week or every two weeks. You and your therapist work to a shared plan, set an agenda and look back at your tasks.',
          'nhs',
          'patient',
          'cg90',
        ),
      ],
    },
    {
      id: 'duration',
      title: 'How long it takes',
      blocks: [
        p(
          'A course is often 5 to 20 sessions. For generalised anxiety, NICE advises 12 to 15 weekly sessions of about an hour.',
          'nhs',
          'cg113',
        ),
      ],
    },
    {
      id: 'differences',
      title: 'How it differs from psychodynamic therapy',
      blocks: [
        p(
          'CBT works on current problems by changing thoughts and actions, and need not look for root causes. Psychodynamic therapy looks for root causes and for what goes on out of your awareness. Put simply, CBT focuses on symptoms and psychodynamic therapy on causes.',
          'cd',
          'launder',
        ),
      ],
    },
    {
      id: 'alongside-other-help',
      title: 'Self-help and other treatment',
      blocks: [
        p(
          'Some therapists blend parts of CBT into other kinds of therapy, such as psychodynamic work. Many now mix methods to suit each person.',
          'pdblog',
          'launder',
        ),
      ],
    },
  ],
  faq: [
    {
      id: 'how-long',
      question: 'How long does CBT take?',
      answer: [p('Often 5 to 20 sessions, each lasting 30 to 60 minutes.', 'nhs')],
    },
    {
      id: 'past',
      question: 'Will we talk about my past?',
      answer: [
        p(
          'Less than in psychodynamic therapy. CBT focuses on the here and now more than on the past.',
          'tavistock',
          'nhs',
        ),
      ],
    },
    {
      id: 'homework',
      question: 'What is homework?',
      answer: [
        p(
          'Tasks you agree to try between sessions, so you can practise new ways of thinking and acting in daily life.',
          'nhs',
          'cg90',
        ),
      ],
    },
    {
      id: 'evidence',
      question: 'Is there evidence that it works?',
      answer: [
        p(
          'Yes. A review of 33 trials on depression, panic and anxiety found it helped more than being on a waiting list or taking a placebo (effect size 0.68). It was a meta-analysis (Haby and others, 2006).',
          'haby',
        ),
      ],
    },
    {
      id: 'online',
      question: 'Can it be done online?',
      answer: [p('Yes. Online CBT has been studied, for example for social anxiety.', 'lindegaard')],
    },
    {
      id: 'nhs',
      question: 'Can I get it on the NHS?',
      answer: [
        p(
          'Yes. It is offered by NHS talking therapies services, and you can refer yourself without seeing a GP.',
          'nhs',
        ),
      ],
    },
  ],
  review,
};
