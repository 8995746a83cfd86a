import type { Therapy } from '../../../schema.js';
import { b, i, list, p, t } from '../../build.js';
import { cbtTerm as cbt, review, therapyNames } from './shared.js';

const unconscious = t('unconscious');

/** Psychodynamic therapy, explained. */
export const psychodynamic: Therapy = {
  ...therapyNames.psychodynamic,
  summary: 'A talking therapy that helps you see how hidden feelings and past events shape your life now.',
  overview: [
    p(
      [
        'Psychodynamic therapy is a talking therapy. It grew mainly out of the ',
        t('psychoanalysis'),
        ' of Sigmund Freud. Later thinkers such as Jung, Adler, Klein and Winnicott took it further.',
      ],
      'o2o',
      'cd',
    ),
    p(
      [
        'Its main aim is to help you become aware of feelings and memories held in the ',
        unconscious,
        ' mind. Once you can see them, you can make sense of them and work them through. This can ease the problems they cause today.',
      ],
      'o2o',
      'cd',
      'launder',
    ),
  ],
  sections: [
    {
      id: 'principles',
      title: 'Core ideas',
      blocks: [
        list(
          'Therapists often use these ideas, from a book by Bateman and others, to check how you are getting on.',
          i(
            ['Much of what you feel and do is shaped by the ', unconscious, ', out of your awareness.'],
            'cd',
            'launder',
            'pdblog',
          ),
          i(
            'Early life matters. Patterns you learned as a child can carry on into adult life.',
            'cd',
            'launder',
            'bateman',
          ),
          i(
            'Feelings, or parts of yourself, can pull against each other. This inner conflict can cause distress.',
            'cd',
            'bateman',
          ),
          i(
            [
              'The mind guards against pain with ',
              t('defence-mechanism', 'defences'),
              ' such as ',
              t('repression'),
              ', ',
              t('denial'),
              ' and ',
              t('projection'),
              '. They often do more harm than good.',
            ],
            'o2o',
            'cd',
          ),
          i(
            'The way you relate to people tends to repeat. This includes the way you relate to your therapist.',
            'cd',
            'bateman',
            'pdblog',
          ),
          i(
            [
              'The ',
              t('therapeutic-relationship', 'bond with your therapist'),
              ' is itself a way to change. Trust and care let you look at hard things safely.',
            ],
            'pdblog',
            'cd',
          ),
        ),
      ],
    },
    {
      id: 'techniques',
      title: 'The main techniques',
      blocks: [
        p('Your therapist chooses the techniques and adapts them to you. These are the main ones.', 'o2o', 'cd'),
        list(
          null,
          i(
            [
              b('Talking freely.'),
              ' In ',
              t('free-association', 'free association'),
              ' you say what comes to mind without shaping it first. It does not need to be a tidy story. The therapist may give you a word to start.',
            ],
            'o2o',
            'cd',
            'ijngp',
          ),
          i(
            [
              b('Transference.'),
              ' Feelings about key people in your life, often from childhood, can turn towards your therapist. You might react to them as you once did to a parent. Looking at this ',
              t('transference'),
              ' in the room shows old patterns as they happen.',
            ],
            'o2o',
            'cd',
            'ijngp',
          ),
          i(
            [
              b('Countertransference.'),
              ' Your therapist also notices the feelings you stir in them. This ',
              t('countertransference', 'countertransference'),
              ' can help you both see conflicts that are still unsettled.',
            ],
            'pdblog',
          ),
          i(
            [
              b('Interpretation.'),
              ' Your therapist mostly listens. Now and then they offer an ',
              t('interpretation'),
              ': a link between your feelings, events and actions. This helps you see what may be going on beneath the surface.',
            ],
            'o2o',
            'cd',
          ),
          i(
            [
              b('Defences and resistance.'),
              ' Your therapist gently points out the ways you may avoid pain, and the times you hold back. Looking at this ',
              t('resistance'),
              ' can show what lies beneath.',
            ],
            'pdblog',
            'o2o',
          ),
          i(
            [
              b('Dreams.'),
              ' Through ',
              t('dream-analysis', 'dream analysis'),
              ' you look at feelings and wishes that are hard to reach when you are awake.',
            ],
            'ijngp',
            'pdblog',
            'cd',
          ),
          i(
            [b('Focus on feelings.'), ' You learn to notice and name feelings as they come up in the session.'],
            'pdblog',
            'ijngp',
          ),
          i(
            [
              b('Relationship patterns.'),
              ' You look at the patterns that show up with partners, friends and at work, and how they link to your past.',
            ],
            'pdblog',
            'ijngp',
          ),
        ),
      ],
    },
    {
      id: 'helps-with',
      title: 'What it can help with',
      blocks: [
        p(
          'It is used for a wide range of problems. These include anxiety, low mood and depression, panic and eating disorders. It is also used for loneliness, trouble getting close to people or forming relationships, and a loss of meaning in life. Some people come with personality disorders, sexual problems or drug and alcohol misuse.',
          'cd',
          'launder',
        ),
        p(
          'It can help with grief, big life changes, harsh self-criticism and problems in relationships. It can be used with one person, a couple, a family or a group, and with children and young people.',
          'pdblog',
          'cd',
          'ijngp',
        ),
        p(
          [
            b('Where sources disagree.'),
            ' Some sources say it can help with post-traumatic stress disorder (PTSD) and obsessive-compulsive disorder (OCD). Another says it is used less often for PTSD, OCD and psychosis. If one of these affects you, ask a professional which therapy is advised.',
          ],
          'cd',
          'o2o',
          'ijngp',
        ),
      ],
    },
    {
      id: 'who-it-suits',
      title: 'Who it may suit',
      blocks: [
        list(
          'It tends to suit people who:',
          i('are curious about their inner life and why they act as they do', 'o2o', 'cd'),
          i('want to know themselves, not just to ease their symptoms', 'o2o', 'cd'),
          i('can reflect on their thoughts and feelings, and can give it time', 'o2o', 'cd'),
          i('see the same patterns again and again, with people or at work', 'pdblog'),
          i('still struggle after other help, or whose main problems lie in their relationships', 'pdblog'),
          i('are open to looking at their past', 'pdblog'),
        ),
        p(
          'For example, someone who keeps choosing partners who hurt them might use it to find out why, and to break the pattern.',
          'o2o',
        ),
        p(
          [
            b('When it may not fit.'),
            ' It is not usually the first choice in an acute crisis or psychosis, when you need to feel stable fast. If you mainly want practical skills for a problem you have now, a structured therapy such as ',
            cbt,
            ' may be a better place to start.',
          ],
          'pdblog',
          'cd',
          'launder',
        ),
        p(
          'It can feel hard at times, as it brings painful feelings to the surface. A first meeting with a therapist helps you both judge if it is right for you.',
          'pdblog',
          'launder',
        ),
      ],
    },
    {
      id: 'sessions',
      title: 'What sessions are like',
      blocks: [
        p('Sessions are usually once a week and last about 50 minutes.', 'o2o', 'pdblog'),
        p(
          'Your therapist aims for an equal, trusting bond and accepts you without judging. You lead by talking about what is on your mind. The therapist is often quiet and offers a thought now and then.',
          'o2o',
          'cd',
        ),
        p(
          'Early on, your therapist often notes how you react to them. This can show patterns from the rest of your life.',
          'ijngp',
        ),
      ],
    },
    {
      id: 'duration',
      title: 'How long it takes',
      blocks: [
        list(
          'It depends on you and on what you want to work on.',
          i(
            [b('Brief therapy'), ' can be from about 6 sessions, with one area you agree on at the start.'],
            'cd',
            'launder',
          ),
          i(
            [
              b('Long-term therapy'),
              ' can last a year or more, often 50 sessions or more. Some therapy is open-ended, with no set end date.',
            ],
            'cd',
            'launder',
          ),
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
              'In ',
              t('brief-psychodynamic', 'brief psychodynamic therapy'),
              ', you and the therapist agree on one focus at the start. Then you work on it closely.',
            ],
            'launder',
            'cd',
          ),
          i(
            [
              t('istdp', 'ISTDP'),
              ' grew out of workshops held from the 1950s. Habib Davanloo developed it in the 1960s and 1970s. The therapist is active and urges you to feel, rather than mainly offering interpretations. Sessions are two or three times a week. It is said to work mainly for less severe problems, though views differ.',
            ],
            'o2o',
            'cd',
          ),
          i(
            [t('dit', 'DIT'), ' is a brief form with 16 weekly sessions of about 50 minutes. It is used in the NHS.'],
            'cd',
            'annafreud',
          ),
        ),
        p('Fewer therapists now work in one pure style. Many blend methods to fit each person.', 'launder'),
      ],
    },
    {
      id: 'differences',
      title: 'How it differs from other therapies',
      blocks: [
        p(
          [
            b('From psychoanalysis.'),
            ' Both share the same roots and core ideas. Psychodynamic therapy is usually shorter and less intense, and it looks more at problems you have now. ',
            t('psychoanalysis', 'Psychoanalysis'),
            ' puts the bond with the analyst at the centre. Psychodynamic therapy also looks at your ties with people in the wider world. Sources frame this in different ways: one practice calls psychodynamic work the more thorough of the two.',
          ],
          'cd',
          'ijngp',
          'launder',
          'o2o',
        ),
        p(
          [
            b('From CBT.'),
            ' ',
            cbt,
            ' helps you manage current problems by changing how you think and act. It does not need to find root causes. Psychodynamic therapy looks for root causes and for what goes on out of your awareness.',
          ],
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
          [
            b('Self-help.'),
            ' Keeping a journal, reading about these ideas and noticing your thoughts and feelings as they come can all help. They add to therapy but do not replace it, most of all if you are very distressed or have been through trauma.',
          ],
          'pdblog',
        ),
        p(
          [
            b('Combining treatments.'),
            ' It can go alongside medicine for mood or anxiety problems. It can be combined with other talking therapies, parts of ',
            cbt,
            ', or trauma therapies such as EMDR. What you learn can also carry into group or family work. The people caring for you should talk to each other and review your goals.',
          ],
          'pdblog',
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
          'It varies from person to person. Brief therapy can be about 6 sessions or more, with one agreed focus. Long-term therapy can take a year or longer, with 50 or more sessions.',
          'cd',
        ),
      ],
    },
    {
      id: 'like-psychoanalysis',
      question: 'Is it the same as psychoanalysis?',
      answer: [
        p(
          'No, though the two share their roots. Psychodynamic therapy is usually shorter and less intense. It also puts more weight on problems in your life now.',
          'cd',
          'ijngp',
        ),
      ],
    },
    {
      id: 'childhood',
      question: 'Will I have to talk about my childhood?',
      answer: [
        p(
          'No one will make you. Your therapist may ask about your early life, as it often shapes adult patterns. But much of the work looks at how those patterns show up now, and you choose what to bring.',
          'launder',
          'pdblog',
          'o2o',
        ),
      ],
    },
    {
      id: 'evidence',
      question: 'Is there evidence that it works?',
      answer: [
        list(
          'Yes, for some problems. Each finding below names the kind of study it comes from.',
          i(
            'A review of 14 trials on anxiety found it helped more than control conditions, such as a waiting list (effect size g = 0.64). It found about no difference from other treatments. This was a meta-analysis (Keefe and others, 2014).',
            'keefe',
          ),
          i(
            'In a study of social anxiety, people did about as well with online psychodynamic therapy as with online CBT. This held at the end and six months later. It was a preference study (Lindegaard and others, 2020).',
            'lindegaard',
          ),
          i(
            'A review of 10 trials looked at complex problems that had lasted a long time. Long-term therapy helped more than shorter, lighter therapy (effect sizes 0.44 to 0.68). It was a meta-analysis, and its methods have been criticised.',
            'leichsenring',
          ),
          i(
            'NICE looked at the options for depression that is less severe. It put short-term psychodynamic therapy low on its list.',
            'ng222',
            'malhi',
          ),
        ),
        p(
          'These studies measured different things, so their figures cannot be compared with each other.',
          'keefe',
          'leichsenring',
        ),
      ],
    },
    {
      id: 'online',
      question: 'Can it be done online?',
      answer: [
        p(
          'Yes. Some practices offer sessions online. In one study, online psychodynamic therapy for social anxiety gave results close to online CBT.',
          'o2o',
          'lindegaard',
        ),
      ],
    },
    {
      id: 'harder-first',
      question: 'Can it feel harder before it helps?',
      answer: [
        p(
          'It can. Looking at painful feelings may be hard for a while. A skilled therapist helps you hold these feelings and make sense of them. Tell your therapist if it starts to feel like too much.',
          'pdblog',
        ),
      ],
    },
  ],
  review,
};
