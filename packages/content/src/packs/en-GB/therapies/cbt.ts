import type { Therapy } from '../../../schema.js';
import { b, i, list, p, t } from '../../build.js';
import { cbtTerm, review, therapyNames } from './shared.js';

const homework = t('homework');
const exposure = t('exposure');
const activation = t('behavioural-activation', 'behavioural activation');
const guidedSelfHelp = t('guided-self-help', 'guided self-help');
const talkingTherapies = t('nhs-talking-therapies', 'NHS talking therapies');

/** CBT, explained at the same depth as psychodynamic therapy, with the same section ids where the topic is shared. */
export const cbt: Therapy = {
  ...therapyNames.cbt,
  summary: 'A talking therapy that helps you change the thoughts and actions that keep a problem going now.',
  overview: [
    p(
      [
        cbtTerm,
        ' stands for cognitive behavioural therapy. It is a group of talking therapies built on one idea: your thoughts, feelings, body and actions are linked. A change in one can change the others.',
      ],
      'babcp',
    ),
    p(
      'It helps you change habits of mind and action that keep you stuck. It works mostly on the here and now.',
      'nhs-types',
      'awp-cbt',
      'tewv-cbt',
    ),
  ],
  sections: [
    {
      id: 'principles',
      title: 'Core ideas',
      blocks: [
        list(
          null,
          i('You and your therapist work as a team. You agree your goals together.', 'babcp'),
          i(
            [
              'Together you build a ',
              t('shared-understanding', 'shared picture'),
              ' of what keeps your problems going.',
            ],
            'awp-cbt',
          ),
          i('You learn skills to cope that you can keep using after therapy.', 'ng222'),
        ),
      ],
    },
    {
      id: 'techniques',
      title: 'The main techniques',
      blocks: [
        p('Your therapist picks the methods that fit your problem.', 'slam-cbt', 'div12-cbt-gad'),
        list(
          null,
          i(
            [
              b('Testing thoughts.'),
              ' You learn to spot thoughts that bring you down and check them against the facts. This is called ',
              t('cognitive-restructuring', 'cognitive restructuring'),
              '.',
            ],
            'slam-cbt',
            'div12-cbt-gad',
          ),
          i(
            [
              b('Keeping track.'),
              ' You may keep a ',
              t('thought-record', 'thought record'),
              ': notes on what happened, what you thought and how you felt.',
            ],
            'slam-cbt',
          ),
          i([b('Trying things out.'), ' You test new ways to respond to fear or worry.'], 'slam-cbt'),
          i(
            [b('Facing fears.'), ' In ', exposure, ' you face what you fear on purpose, with your therapist’s help.'],
            'div12-cbt-gad',
            'cg31',
          ),
          i(
            [b('Planning your week.'), ' You plan things you enjoy into your week. This is part of ', activation, '.'],
            'div12-cbt-gad',
            'moorey-hollon',
          ),
          i([b('Calming your body.'), ' You learn ways to relax.'], 'div12-cbt-gad'),
          i([b('Worry time.'), ' If you worry a lot, you may set a fixed time of day for it.'], 'div12-cbt-gad'),
          i(
            [b('Practice at home.'), ' Between sessions you do ', homework, ' to practise what you learn.'],
            'slam-cbt',
            'nhs-types',
          ),
        ),
      ],
    },
    {
      id: 'helps-with',
      title: 'What it can help with',
      blocks: [
        p(
          'The BABCP, a UK body for CBT, lists what NICE advises it for. The list includes depression, anxiety, panic, OCD and PTSD. It also has eating disorders, bipolar disorder, psychosis, poor sleep and tinnitus.',
          'babcp',
        ),
        p(
          [
            b('Depression.'),
            ' NICE splits depression into less severe and more severe. For less severe depression, it says to consider ',
            guidedSelfHelp,
            ' first for most people. Group CBT and group behavioural activation had good evidence and seemed to give the most value for money. Both also had good evidence one to one.',
          ],
          'ng222-p89',
          'ng222',
        ),
        p(
          'For more severe depression, NICE found good evidence for CBT one to one. This was with or without an antidepressant. It found the same for behavioural therapies one to one.',
          'ng222-p90',
        ),
        p('NICE also says the choice is yours. Picking an option lower on its list is fine.', 'ng222-p90'),
        p(
          [
            b('Other problems.'),
            ' For OCD, NICE advises CBT that includes ',
            t('erp', 'exposure and response prevention'),
            '. For PTSD, its advice centres on ',
            t('trauma-focused-cbt', 'trauma-focused CBT'),
            '. For constant worry, a US body of psychologists rates its research support as strong.',
          ],
          'cg31',
          'ng116',
          'nwppn',
          'div12-cbt-gad',
        ),
      ],
    },
    {
      id: 'who-it-suits',
      title: 'Who it may suit',
      blocks: [
        p(
          'CBT is active and structured: goals, a plan for each session, and practice in between. If you like to work this way, it may suit you.',
          'babcp',
          'slam-cbt',
        ),
        p(
          [
            b('When it may not fit.'),
            ' NHS talking therapies are not crisis services. They cannot work with people at risk of suicide, and some do not treat psychosis, bipolar disorder or personality disorder. If you feel in crisis, get urgent help first.',
          ],
          'cnwl-tt',
          'mk-tt',
        ),
        p('One review found CBT did less for people whose problems were more severe.', 'haby06'),
        p(
          [
            b('How it can feel hard.'),
            ' CBT asks you to take an active part. There are tasks between sessions, and some methods ask you to face what you fear. You can talk about the pace with your therapist.',
          ],
          'slam-cbt',
          'div12-cbt-gad',
          'babcp',
        ),
      ],
    },
    {
      id: 'sessions',
      title: 'What sessions are like',
      blocks: [
        p('Sessions are often once a week and last 30 to 60 minutes.', 'nhs-types', 'awp-cbt'),
        p(
          [
            'At the start of each session you set an ',
            t('agenda'),
            ' together. You look at how your tasks went and plan the next ones.',
          ],
          'slam-cbt',
        ),
        p('You can have CBT one to one or in a group. Group CBT for depression is often 8 sessions.', 'ng222'),
        p(
          [
            b('The last sessions.'),
            ' Near the end you work on ',
            t('relapse-prevention', 'relapse prevention'),
            '. Some services offer a check-in two or three months later.',
          ],
          'slam-cbt',
        ),
      ],
    },
    {
      id: 'duration',
      title: 'How long it takes',
      blocks: [
        list(
          null,
          i('A course is often 5 to 20 sessions.', 'nhs-types'),
          i('Many NHS services offer about 12 sessions, one a week. Some offer more.', 'slam-cbt', 'awp-cbt'),
          i(
            'In one NHS service, a first step is often 4 to 8 sessions of guided self-help. A later step is often 8 to 12 sessions of CBT or another therapy.',
            'cnwl-tt',
          ),
        ),
      ],
    },
    {
      id: 'variants',
      title: 'Types of CBT',
      blocks: [
        list(
          null,
          i(
            [
              t('trauma-focused-cbt', 'Trauma-focused CBT'),
              ' is for PTSD. It mixes learning about trauma, ways to ease stress, work on thoughts, and facing memories.',
            ],
            'matrix-cbtt',
            'nwppn',
          ),
          i([t('erp', 'ERP'), ' is the kind of CBT that NICE advises for OCD.'], 'cg31'),
          i(
            [
              t('behavioural-activation', 'Behavioural activation'),
              ' works mostly on what you do. NICE lists it for depression.',
            ],
            'moorey-hollon',
            'ng222-p89',
          ),
          i(
            [
              t('mbct', 'MBCT'),
              ' joins CBT with mindfulness. It is meant for people who have had depression more than once, to help them stay well.',
            ],
            'mhf-mbct',
          ),
          i(
            [
              t('dbt', 'DBT'),
              ' is a form of CBT made for borderline personality disorder. It weighs change against accepting your feelings. The main tested form lasts a year.',
            ],
            'devylder',
            'mcmain18',
          ),
          i(
            [
              t('act', 'ACT'),
              ' has been studied for long-term pain. It helps you live well with pain, guided by what matters to you. The same US body rates its research support as strong.',
            ],
            'div12-act',
          ),
          i(
            [
              t('cft', 'CFT'),
              ' joins CBT with ideas from brain science and other fields. It is aimed at people with strong shame and self-blame.',
            ],
            'kennedy-cft',
          ),
        ),
      ],
    },
    {
      id: 'differences',
      title: 'How it differs from psychodynamic therapy',
      blocks: [
        p(
          'CBT works mostly on the thoughts and actions that keep a problem going now, with an agenda and tasks.',
          'babcp',
          'slam-cbt',
        ),
        p(
          'Psychodynamic therapy looks more at how your past, and feelings you may not be aware of, shape your life now. You talk freely about what is on your mind.',
          'bacp-pd',
        ),
      ],
    },
    {
      id: 'alongside-other-help',
      title: 'Self-help and other treatment',
      blocks: [
        p(
          [
            b('Self-help.'),
            ' In guided self-help you work through a CBT book or online course, with support from a practitioner. It is often 6 to 8 sessions.',
          ],
          'ng222',
          'ng222-p89',
        ),
      ],
    },
  ],
  faq: [
    {
      id: 'how-long',
      question: 'How long does CBT take?',
      answer: [p('Often 5 to 20 sessions of 30 to 60 minutes each.', 'nhs-types', 'slam-cbt')],
    },
    {
      id: 'past',
      question: 'Will we talk about my past?',
      answer: [
        p(
          'Less than in some therapies. Your past can come in when it helps to make sense of a problem.',
          'awp-cbt',
          'tewv-cbt',
        ),
      ],
    },
    {
      id: 'evidence',
      question: 'Is there evidence that it works?',
      answer: [
        list(
          'Yes, for many problems. Each finding names its kind of study.',
          i(
            'A review of 33 trials looked at depression, panic and constant worry. CBT helped more than a waiting list or a placebo (effect size 0.68). It helped less against a placebo than against a waiting list. This was a meta-analysis (Haby and others, 2006).',
            'haby06',
          ),
          i(
            'A review of 144 trials found effect sizes from 0.75 for depression to 0.88 for social anxiety. Allowing for unpublished trials, they shrank (0.65 for depression). Fewer than 1 in 5 trials were of high quality. Effects were large against a waiting list, but small to medium against usual care. This was a meta-analysis (Cuijpers and others, 2016).',
            'cuijpers16',
          ),
          i(
            'A 2017 overview looked at many reviews of depression. CBT, short-term psychodynamic therapy and other talking therapies all helped. No clear gaps showed up between them. Weak trials made the effects look larger.',
            'overview17',
          ),
          i(
            'A 2015 editorial agreed. It said that many people still stop early or do not improve.',
            'solomonov15',
            'overview17',
          ),
        ),
        p(
          'These reviews measured different things, so their figures cannot be compared with each other.',
          'haby06',
          'cuijpers16',
        ),
      ],
    },
    {
      id: 'nhs',
      question: 'Can I get it on the NHS?',
      answer: [
        p(
          [
            'In England, adults can refer themselves to ',
            talkingTherapies,
            ' for anxiety and depression, or ask a GP. It is free. Some services start a little before 18, and some ask that you live in their area.',
          ],
          'nhse-tt',
          'nhs-types',
          'cnwl-tt',
          'mk-tt',
        ),
        p(
          'Scotland, Wales and Northern Ireland have their own routes, so ask your GP. Under 18s are pointed to young people’s services.',
          'nhse-tt',
          'nhs-types',
        ),
        p('Many people start with guided self-help. These services are not for a crisis.', 'ng222-p89', 'cnwl-tt'),
      ],
    },
    {
      id: 'online',
      question: 'Can it be done online?',
      answer: [p('Yes. NHS talking therapies offer online CBT, often as guided self-help.', 'cnwl-tt', 'nhse-tt')],
    },
    {
      id: 'harder-first',
      question: 'Can it feel hard?',
      answer: [
        p(
          'It can take effort. Tell your therapist if it feels like too much: you set the goals together.',
          'slam-cbt',
          'babcp',
        ),
      ],
    },
  ],
  review,
};
