import type { Aspect, Cell, RichText } from '../../schema.js';
import { t } from '../build.js';

const aspect = (id: string, label: string, differsMost: boolean): Aspect => ({ id, label, differsMost });

/** The aspects of the comparison, in their default order. */
export const aspects: Aspect[] = [
  aspect('focus', 'Main focus', true),
  aspect('time-orientation', 'Past or present', true),
  aspect('structure', 'Structure and homework', true),
  aspect('therapist-role', "The therapist's role", true),
  aspect('length', 'Typical length and frequency', false),
  aspect('techniques', 'Main techniques', false),
  aspect('used-for', 'Often used for', false),
  aspect('evidence', 'Evidence', false),
  aspect('first-sessions', 'First sessions', false),
];

const rich = (text: string | RichText): RichText => (typeof text === 'string' ? [text] : text);

const cell = (summary: string | RichText, detail: string | RichText | null, ...sources: string[]): Cell =>
  detail === null ? { summary: rich(summary), sources } : { summary: rich(summary), detail: rich(detail), sources };

/** therapy id -> aspect id -> cell. Plain statements with sources; no verdicts. */
export const comparison: Record<string, Record<string, Cell>> = {
  psychodynamic: {
    focus: cell(
      ['Root causes, and feelings held out of awareness in the ', t('unconscious'), ' mind.'],
      null,
      'cd',
      'launder',
    ),
    'time-orientation': cell(
      'Links your past, often your childhood, with how you feel and act now.',
      null,
      'launder',
      'pdblog',
    ),
    structure: cell(
      'Open. You talk freely and the therapist follows what you bring.',
      ['In ', t('brief-psychodynamic', 'brief forms'), ', you agree on one focus at the start.'],
      'cd',
      'o2o',
      'launder',
    ),
    'therapist-role': cell(
      ['The therapist listens closely and is often quiet. Now and then they offer an ', t('interpretation'), '.'],
      ['The ', t('therapeutic-relationship', 'bond with the therapist'), ' is part of the work.'],
      'o2o',
      'cd',
      'pdblog',
    ),
    length: cell(
      'Usually one session a week, each about 50 minutes long.',
      'Brief forms run from about 6 sessions. Long-term therapy can last a year or more.',
      'o2o',
      'pdblog',
      'cd',
    ),
    techniques: cell(
      [
        t('free-association', 'Free association'),
        ', ',
        t('transference'),
        ' and ',
        t('dream-analysis', 'dreams'),
        '. You also work on ',
        t('defence-mechanism', 'defences'),
        ' and on the patterns in how you relate to people.',
      ],
      null,
      'o2o',
      'cd',
      'ijngp',
      'pdblog',
    ),
    'used-for': cell(
      'A wide range of problems, such as anxiety, low mood and trouble with people close to you.',
      'Sources disagree on whether it suits PTSD and OCD.',
      'cd',
      'o2o',
      'ijngp',
    ),
    evidence: cell(
      'Tested in trials, for example on anxiety. For milder depression, NICE puts short-term forms low on its list.',
      'A meta-analysis of 14 trials on anxiety found it helped more than control conditions, such as a waiting list (g = 0.64). It did about as well as other treatments. Figures from other reviews are not a like-for-like match.',
      'keefe',
      'ng222',
      'malhi',
    ),
    'first-sessions': cell(
      'Often spent looking at how you relate, including to the therapist.',
      'A first meeting helps you both judge whether it fits.',
      'ijngp',
      'launder',
    ),
  },
  cbt: {
    focus: cell(
      'Current problems and symptoms, which you tackle by changing thoughts and actions.',
      null,
      'cd',
      'launder',
    ),
    'time-orientation': cell('Mainly the present, more than the past.', null, 'tavistock', 'nhs'),
    structure: cell(
      ['Structured. You agree goals, follow an agenda and do ', t('homework'), ' between sessions.'],
      null,
      'nhs',
      'cg90',
    ),
    'therapist-role': cell(
      'Works with you on a shared plan, sets goals with you and reviews your tasks.',
      null,
      'nhs',
      'cg90',
    ),
    length: cell(
      'Usually 5 to 20 sessions of 30 to 60 minutes.',
      'Sessions are weekly or every two weeks.',
      'nhs',
      'patient',
    ),
    techniques: cell(
      'You set goals, plan each session and do tasks in between. You work on the links between thoughts, feelings and actions.',
      null,
      'nhs',
      'cg90',
      'tavistock',
    ),
    'used-for': cell(
      'It is often used for depression and for anxiety, such as panic or constant worry. It is used for many other problems too.',
      ['It is often the first therapy that ', t('nhs-talking-therapies', 'NHS talking therapies'), ' offer.'],
      'haby',
      'cg113',
      'ng222',
      'nhs',
    ),
    evidence: cell(
      'It has been tested in many trials, for example in depression, panic and anxiety.',
      'A meta-analysis of 33 trials found it helped more than being on a waiting list or a placebo (effect size 0.68). Figures from other reviews are not a like-for-like match.',
      'haby',
    ),
    'first-sessions': cell('You agree goals with your therapist and plan the work together.', null, 'nhs', 'cg90'),
  },
};
