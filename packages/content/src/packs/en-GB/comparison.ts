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

/**
 * therapy id -> aspect id -> cell. Plain statements, equally detailed on both sides, each citing reputable sources
 * only (never a practice page); no verdicts.
 */
export const comparison: Record<string, Record<string, Cell>> = {
  psychodynamic: {
    focus: cell(
      ['How your past and ', t('unconscious'), ' feelings shape how you feel and relate now.'],
      'What you feel is seen as having meaning in the light of your life story.',
      'bacp-pd',
      'rcpsych-nhs',
    ),
    'time-orientation': cell(
      'Past and present. It looks at patterns from early life that repeat now.',
      ['The patterns also show up in the ', t('therapeutic-relationship', 'bond with the therapist'), '.'],
      'rcpsych-nhs',
      'div12-stpp',
    ),
    structure: cell(
      'Open. You talk freely about whatever is on your mind.',
      [t('brief-psychodynamic', 'Brief forms'), ' have a set number of sessions and a clear focus.'],
      'bacp-pd',
      'humber-pd',
      'div12-stpp',
    ),
    'therapist-role': cell(
      'Listens closely, and helps you notice feelings and patterns.',
      'It also helps you see the topics you avoid. The bond with the therapist is itself part of the work.',
      'div12-stpp',
      'humber-pd',
      'bacp-pd',
    ),
    length: cell(
      'In the NHS, most often weekly, for a few months to much longer.',
      [
        'Brief forms: about 16 to 20 sessions, and 16 in ',
        t('dit', 'DIT'),
        '. Long-term therapy: a year or more, or at least 50 sessions.',
      ],
      'rcpsych-nhs',
      'div12-stpp',
      'annafreud-dit',
      'lr11',
    ),
    techniques: cell(
      [t('free-association', 'Free association'), ', ', t('transference'), ', and linking past with present.'],
      'You also learn to notice and name feelings, and to see what you steer away from.',
      'bacp-pd',
      'div12-stpp',
    ),
    'used-for': cell(
      'Common problems such as low mood and anxiety.',
      [
        t('nice', 'NICE'),
        ' lists its short-term form as an option for depression. There are too few trials for PTSD and OCD. For both, UK guidance advises treatments based on CBT.',
      ],
      'lpsy15',
      'cochrane14',
      'malhi',
      'ng116',
      'cg31',
    ),
    evidence: cell(
      'Trials support it for low mood and anxiety. NICE ranks it last for less severe depression, 7th for more severe.',
      'A meta-analysis of 14 anxiety trials found it helped more than control groups (g = 0.64), and about as much as other treatments. A Cochrane review found gains soon after brief therapy that were no longer clear after nine months. Figures from different reviews are not like for like.',
      'keefe',
      'cochrane14',
      'malhi',
      'ng222',
    ),
    'first-sessions': cell(
      'First meetings help you both decide if it suits you.',
      'One NHS service offers 2 to 6 meetings for this before therapy starts.',
      'rcpsych-about',
      'bpc',
      'humber-pd',
    ),
  },
  cbt: {
    focus: cell(
      'How thoughts, feelings, actions and the body link up and keep a problem going.',
      'You work towards goals that you and your therapist agree.',
      'babcp',
      'awp-cbt',
    ),
    'time-orientation': cell(
      'Mostly the here and now.',
      'Past events can be talked about when that helps.',
      'awp-cbt',
      'tewv-cbt',
    ),
    structure: cell(
      ['Structured. Each session has an agenda, and you do tasks between sessions (', t('homework'), ').'],
      'You build a shared picture of what keeps the problem going, then set goals and steps.',
      'slam-cbt',
      'awp-cbt',
    ),
    'therapist-role': cell(
      'Works with you as a team to set goals, plan steps and review tasks.',
      'Near the end you plan how to stay well. Some services offer a follow-up 2 to 3 months later.',
      'babcp',
      'awp-cbt',
      'slam-cbt',
    ),
    length: cell(
      'Often 5 to 20 sessions of 30 to 60 minutes, about once a week.',
      [
        'In ',
        t('nhs-talking-therapies', 'NHS Talking Therapies'),
        ', many people start with 4 to 8 sessions of ',
        t('guided-self-help', 'guided self-help'),
        '. A course of CBT there is most often 8 to 12 sessions.',
      ],
      'nhs-types',
      'awp-cbt',
      'cnwl-tt',
    ),
    techniques: cell(
      'Questioning unhelpful thoughts, trying new ways to respond to fear, and planning activities.',
      'For constant worry, methods include changing thought patterns, relaxation, set "worry time" and facing fears step by step.',
      'slam-cbt',
      'div12-cbt-gad',
    ),
    'used-for': cell(
      'NICE recommends it for anxiety, depression, OCD, PTSD and more.',
      'For less severe depression, NICE suggests guided self-help first for most people. For OCD, CBT with exposure and response prevention. For PTSD, CBT that focuses on the trauma.',
      'babcp',
      'ng222',
      'cg31',
      'ng116',
    ),
    evidence: cell(
      'Trials support it for depression and anxiety. NICE found good evidence for it in less and more severe depression.',
      'A meta-analysis of 144 trials found it helped more than control groups (g = 0.75 for depression): a lot against waiting lists, less against usual care or a dummy pill. Only about 1 in 6 trials was of high quality. Figures from different reviews are not like for like.',
      'cuijpers16',
      'ng222',
    ),
    'first-sessions': cell(
      'You and your therapist build a shared picture of the problem and agree goals.',
      'Many NHS services start people on guided self-help before a full course of CBT.',
      'awp-cbt',
      'cnwl-tt',
    ),
  },
};
