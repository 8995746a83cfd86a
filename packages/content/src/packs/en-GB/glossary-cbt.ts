import type { GlossaryEntry } from '../../schema.js';

const entry = (id: string, term: string, definition: string, sources: string[]): GlossaryEntry => ({
  id,
  term,
  definition,
  sources,
});

/** The words CBT's own text marks, in one or two plain sentences each. */
export const glossaryCbt: Record<string, GlossaryEntry> = Object.fromEntries(
  [
    entry(
      'shared-understanding',
      'Shared understanding',
      'A picture you and your therapist draw up together early on. It shows what keeps your problems going, and so what to work on.',
      ['awp-cbt'],
    ),
    entry(
      'cognitive-restructuring',
      'Cognitive restructuring',
      'Learning to spot thoughts that bring you down, check them against the facts and find fairer ones.',
      ['div12-cbt-gad', 'slam-cbt'],
    ),
    entry(
      'thought-record',
      'Thought record',
      'Short notes you keep on what happened, what went through your mind and how you felt. They help you and your therapist see patterns.',
      ['slam-cbt'],
    ),
    entry(
      'exposure',
      'Exposure',
      'Facing something you fear on purpose, with support, instead of avoiding it. It is used for anxiety, OCD and PTSD.',
      ['div12-cbt-gad', 'cg31', 'matrix-cbtt'],
    ),
    entry(
      'behavioural-activation',
      'Behavioural activation',
      'A way of working on low mood through what you do. You plan things you enjoy or that matter to you back into your week.',
      ['moorey-hollon', 'div12-cbt-gad'],
    ),
    entry(
      'homework',
      'Homework',
      'Tasks you agree with your therapist to do between sessions. You might track your thoughts, read, or try something new.',
      ['slam-cbt', 'nhs-types'],
    ),
    entry(
      'agenda',
      'Agenda',
      'A short list of what to cover in a session. In CBT you and your therapist set it together at the start.',
      ['slam-cbt'],
    ),
    entry(
      'relapse-prevention',
      'Relapse prevention',
      'Work near the end of therapy on how to keep well, and what to do if problems start to come back.',
      ['slam-cbt'],
    ),
    entry(
      'guided-self-help',
      'Guided self-help',
      'Working through a CBT book or online course on your own, with short sessions of support from a trained practitioner.',
      ['ng222', 'cnwl-tt'],
    ),
    entry(
      'erp',
      'Exposure and response prevention (ERP)',
      'CBT for OCD. You face what sets off your fears and hold back from the habits you use to ease them.',
      ['cg31'],
    ),
    entry(
      'trauma-focused-cbt',
      'Trauma-focused CBT',
      'CBT for PTSD. It helps you make sense of what happened, ease stress, work on your thoughts and face the memories you avoid.',
      ['matrix-cbtt', 'nwppn'],
    ),
    entry(
      'mbct',
      'MBCT',
      'Short for mindfulness-based cognitive therapy. It mixes CBT with mindfulness, to help people who have had depression more than once stay well.',
      ['mhf-mbct'],
    ),
    entry(
      'dbt',
      'DBT',
      'Short for dialectical behaviour therapy. It is a type of CBT. It was first made to help people with borderline personality disorder.',
      ['devylder'],
    ),
    entry(
      'act',
      'ACT',
      'Short for acceptance and commitment therapy. It helps you make room for what hurts and live by what matters to you.',
      ['div12-act'],
    ),
    entry(
      'cft',
      'CFT',
      'Short for compassion-focused therapy. It trains you to meet yourself with warmth, and is aimed at strong shame and self-blame.',
      ['kennedy-cft'],
    ),
  ].map((e) => [e.id, e]),
);
