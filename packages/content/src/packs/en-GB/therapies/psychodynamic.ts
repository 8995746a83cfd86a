import type { Therapy } from '../../../schema.js';
import { b, i, list, p, sessions, t } from '../../build.js';
import { cbtTerm as cbt, review, therapyNames } from './shared.js';

const unconscious = t('unconscious');

/** Psychodynamic therapy, explained. Every clinical claim cites a reputable source; see the fact sheet's ids. */
export const psychodynamic: Therapy = {
  ...therapyNames.psychodynamic,
  summary: 'A talking therapy that helps you see how your past and hidden feelings shape your life now.',
  overview: [
    p(
      [
        'Psychodynamic therapy is a talking therapy. It grew out of the ',
        t('psychoanalysis'),
        ' of Sigmund Freud. It holds that how we see ourselves and others grows out of our first bonds.',
      ],
      'bacp-pd',
      'rcpsych-nhs',
    ),
    p(
      [
        'It helps you see how past events, and feelings held in the ',
        unconscious,
        ' mind, shape what you feel and do today.',
      ],
      'bacp-pd',
      'rcpsych-nhs',
    ),
  ],
  sections: [
    {
      id: 'principles',
      title: 'Core ideas',
      blocks: [
        list(
          null,
          i('What you feel has meaning. It makes sense in the light of your life story.', 'rcpsych-nhs'),
          i(['Much of what you feel and do is shaped by the ', unconscious, ', out of your awareness.'], 'bacp-pd'),
          i(
            'Problems with people often follow patterns set early in life. Early troubles in close bonds can leave a lasting soft spot.',
            'rcpsych-nhs',
          ),
          i(
            'Old patterns tend to show up again with the therapist. There you can both look at them, and seeing them helps you change.',
            'rcpsych-nhs',
          ),
          i(
            [
              'The ',
              t('therapeutic-relationship', 'bond with your therapist'),
              ' is at the heart of the work. When you feel safe and accepted, it is easier to talk openly.',
            ],
            'bacp-pd',
          ),
        ),
      ],
    },
    {
      id: 'techniques',
      title: 'The main techniques',
      blocks: [
        p('Your therapist adapts the work to you. These are the main parts of it.', 'div12-stpp', 'bacp-pd'),
        list(
          null,
          i(
            [
              b('Talking freely.'),
              ' In ',
              t('free-association', 'free association'),
              ' you say whatever comes to mind. It does not need to be a tidy story.',
            ],
            'bacp-pd',
            'humber-pd',
          ),
          i(
            [
              b('Transference.'),
              ' Feelings about key people from your past can turn towards your therapist. Looking at this ',
              t('transference'),
              ' shows old patterns as they happen.',
            ],
            'bacp-pd',
            'rcpsych-nhs',
          ),
          i([b('Feelings.'), ' You learn to notice your feelings, name them and put them into words.'], 'div12-stpp'),
          i(
            [
              b('What you steer away from.'),
              ' You and your therapist notice the topics you tend to avoid. These can point to what matters most.',
            ],
            'div12-stpp',
          ),
          i(
            [b('Themes that come back.'), ' You look for themes that repeat in how you relate to people.'],
            'div12-stpp',
            'rcpsych-nhs',
          ),
          i(
            [
              b('Linking past and present.'),
              ' You look at how what happened before shapes how you live now. This ',
              t('insight'),
              ' can help you change.',
            ],
            'div12-stpp',
            'bacp-pd',
            'rcpsych-nhs',
          ),
        ),
      ],
    },
    {
      id: 'helps-with',
      title: 'What it can help with',
      blocks: [
        p(
          'Reviews of many trials support it for common problems such as low mood and anxiety.',
          'cochrane14',
          'lpsy15',
          'keefe',
        ),
        p(
          [
            'For depression in adults, ',
            t('nice', 'NICE'),
            ' lists short-term psychodynamic therapy as one option. It comes last of the options for less severe depression, and 7th for more severe depression.',
          ],
          'ng222',
          'malhi',
        ),
        p('It can be done one to one, as a couple or in a group.', 'rcpsych-nhs'),
        p(
          [
            b('PTSD and OCD.'),
            ' There are too few trials of it for post-traumatic stress disorder (PTSD) or obsessive-compulsive disorder (OCD). For both, UK guidance advises treatments based on ',
            cbt,
            '. Ask a professional which help fits you.',
          ],
          'lpsy15',
          'ng116',
          'cg31',
        ),
      ],
    },
    {
      id: 'who-it-suits',
      title: 'Who it may suit',
      blocks: [
        p(
          'The sources we use give no checklist of who it suits. NICE says the choice is personal, and picking an option lower on its list is fair.',
          'ng222',
        ),
        p(
          'It gives you a set time to think and talk about yourself and the people close to you.',
          'rcpsych-pt',
          'rcpsych-nhs',
        ),
        p(
          'To judge fit, meet a therapist. First meetings help you both decide if it is right for you.',
          'bpc',
          'rcpsych-about',
          'humber-pd',
        ),
        p(
          [
            b('When it may not fit.'),
            ' NHS Talking Therapies services are not crisis services. If you are in crisis, get urgent help first. One NHS service says it is not advised during a psychotic illness.',
          ],
          'cnwl-tt',
          'humber-pd',
        ),
      ],
    },
    {
      id: 'sessions',
      title: 'What sessions are like',
      blocks: [
        sessions(
          p(
            'In the NHS, sessions are most often once a week. At one NHS service they last 50 minutes, with the same therapist each time.',
            'rcpsych-nhs',
            'humber-pd',
          ),
        ),
        sessions(
          p(
            'You talk about whatever is on your mind. At times there may be silence. That is part of the work: your therapist is listening closely.',
            'humber-pd',
            'bacp-pd',
          ),
        ),
        sessions(
          p(
            'Over time you may notice feelings about your therapist or the therapy. They are an important part of the work.',
            'humber-pd',
            'rcpsych-nhs',
          ),
        ),
      ],
    },
    {
      id: 'duration',
      title: 'How long it takes',
      blocks: [
        list(
          'It depends on the type of therapy.',
          i(
            [
              b('Brief therapy'),
              ' for low mood is set at about 16 to 20 sessions. One brief form, ',
              t('dit', 'DIT'),
              ', has 16.',
            ],
            'div12-stpp',
            'annafreud-dit',
          ),
          i(
            [
              b('Long-term therapy'),
              ' lasts a year or more, or at least 50 sessions. The NHS cannot always fund long-term work.',
            ],
            'lr11',
            'rcpsych-nhs',
          ),
          i('How often you meet depends on how the therapist trained: from once a week to four or five times.', 'bpc'),
        ),
      ],
    },
    {
      id: 'variants',
      title: 'Types of psychodynamic therapy',
      blocks: [
        list(
          null,
          i(
            [
              t('brief-psychodynamic', 'Brief psychodynamic therapy'),
              ' has a set number of sessions and a clear focus. It is the only form NICE lists for depression.',
            ],
            'div12-stpp',
            'malhi',
          ),
          i(
            [
              t('dit', 'DIT'),
              ' (dynamic interpersonal therapy) has 16 weekly sessions. It links low mood with how you relate to people now. It was made in 2010 to offer a choice beside CBT, and is one of the options in ',
              t('nhs-talking-therapies', 'NHS Talking Therapies'),
              '.',
            ],
            'annafreud-dit',
            'sutton-dit',
            'bacp-dit',
            'cnwl-tt',
          ),
          i(
            [
              t('istdp', 'ISTDP'),
              ' (intensive short-term dynamic psychotherapy) was made by Habib Davanloo. It is active and centres on feelings, and works openly with the ways you hold back.',
            ],
            'johansson14',
            'town17',
          ),
          i(
            [
              t('long-term-psychodynamic', 'Long-term psychodynamic therapy'),
              ' and psychoanalysis can have more than one session a week.',
            ],
            'lr11',
            'bpc',
          ),
        ),
      ],
    },
    {
      id: 'differences',
      title: 'How it differs from other therapies',
      blocks: [
        p(
          [
            b('From psychoanalysis.'),
            ' Both words are used for therapy based on the same ideas. ',
            t('psychoanalysis', 'Psychoanalysis'),
            ' tends to dig into deep, old feelings from childhood. Psychodynamic work looks at how hidden feelings shape what you do now.',
          ],
          'bpc',
          'mind-hk',
        ),
        p(
          [
            b('From CBT.'),
            ' ',
            cbt,
            ' works on the links between thoughts, feelings, actions and the body, mostly in the here and now. Psychodynamic therapy looks more at how the past shapes the present.',
          ],
          'babcp',
          'bacp-pd',
        ),
        p(
          'When it has been tested against other proven treatments, such as CBT, reviews have found no clear gap on average.',
          'steinert',
          'keefe',
        ),
      ],
    },
    {
      id: 'alongside-other-help',
      title: 'Other help, and where to start',
      blocks: [
        p(
          [
            b('Self-help first.'),
            ' For less severe depression, NICE says ',
            t('guided-self-help', 'guided self-help'),
            ' should be thought of first for most people. It uses CBT-based materials, with support, over about 6 to 8 sessions.',
          ],
          'ng222',
        ),
        p(
          [
            b('Getting it on the NHS.'),
            ' In England, adults can refer themselves to ',
            t('nhs-talking-therapies', 'NHS Talking Therapies'),
            ' for anxiety and depression, or ask a GP. Local rules differ: services are mostly for adults, and may ask that you live or have a GP in their area. Scotland, Wales and Northern Ireland have their own routes.',
          ],
          'nhse-tt',
          'nhs-types',
          'cnwl-tt',
        ),
      ],
    },
  ],
  faq: [
    {
      id: 'how-long',
      question: 'How long does it take?',
      answer: [
        p(
          'Brief therapy for low mood is about 16 to 20 sessions. Long-term therapy lasts a year or more.',
          'div12-stpp',
          'annafreud-dit',
          'lr11',
          'humber-pd',
        ),
      ],
    },
    {
      id: 'like-psychoanalysis',
      question: 'Is it the same as psychoanalysis?',
      answer: [
        p(
          'Not quite, though they share their roots and the words are often used for the same thing. Psychoanalysis tends to go deeper into old feelings from childhood.',
          'bpc',
          'mind-hk',
        ),
      ],
    },
    {
      id: 'childhood',
      question: 'Will I have to talk about my childhood?',
      answer: [
        p(
          'Your past is part of the work, as early bonds shape later ones. But much of it is about how old patterns show up now, and with your therapist.',
          'rcpsych-nhs',
          'bacp-pd',
        ),
      ],
    },
    {
      id: 'evidence',
      question: 'Is there evidence that it works?',
      answer: [
        list(
          'Yes, for some problems. Each finding names the kind of study. Figures from different reviews are not like for like.',
          i(
            'A Cochrane review of 33 trials: brief therapy helped more than a waiting list or usual care just after it ended (effect size 0.71). After nine months the gap was no longer clear.',
            'cochrane14',
          ),
          i(
            'A meta-analysis of 14 trials on anxiety found it helped more than control groups (g = 0.64). It did about as well as other active treatments.',
            'keefe',
          ),
          i(
            'Long-term therapy: one meta-analysis found gains over shorter therapy (effect sizes 0.44 to 0.68); another, of 11 trials, found none.',
            'lr11',
            'smit12',
          ),
          i(
            'A trial of ISTDP in 60 adults whose depression had not lifted with medicine found less depression at six months than usual care (effect size 0.75).',
            'town17',
          ),
        ),
      ],
    },
    {
      id: 'online',
      question: 'Can it be done online?',
      answer: [
        p('Yes. Most talking therapies can be one to one or in groups, and some are offered online.', 'rcpsych-pt'),
      ],
    },
    {
      id: 'harder-first',
      question: 'Can it feel harder before it helps?',
      answer: [
        sessions(
          p(
            'It can. The work looks at feelings and topics you may have kept away from. Tell your therapist if it starts to feel like too much.',
            'div12-stpp',
            'humber-pd',
          ),
        ),
      ],
    },
  ],
  review,
};
