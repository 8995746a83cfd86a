import type { GlossaryEntry } from '../../schema.js';
import { glossaryCbt } from './glossary-cbt.js';

const entry = (id: string, term: string, definition: string, sources: string[]): GlossaryEntry => ({
  id,
  term,
  definition,
  sources,
});

/** The terms of the psychodynamic text, the comparison and the self-check. */
const sharedTerms: Record<string, GlossaryEntry> = Object.fromEntries(
  [
    ...Object.values(glossaryCbt),
    entry(
      'unconscious',
      'Unconscious',
      'The part of the mind that holds thoughts and feelings you are not aware of. Psychodynamic therapy holds that it still shapes what you feel and do.',
      ['bacp-pd', 'mind-hk'],
    ),
    entry(
      'transference',
      'Transference',
      'When feelings from a close bond in the past, often from childhood, get turned towards your therapist.',
      ['bacp-pd'],
    ),
    entry(
      'free-association',
      'Free association',
      'Saying whatever comes to mind, without shaping it into a neat story first.',
      ['bacp-pd'],
    ),
    entry(
      'therapeutic-relationship',
      'Therapeutic relationship',
      'The bond between you and your therapist. In psychodynamic work, old patterns show up in it, so it is a place to see them and change them.',
      ['rcpsych-nhs', 'bacp-pd'],
    ),
    entry(
      'insight',
      'Insight',
      'Seeing why you feel and act as you do. Brief forms of this therapy aim to help you gain it.',
      ['div12-stpp'],
    ),
    entry(
      'psychoanalysis',
      'Psychoanalysis',
      'The talking treatment that Sigmund Freud began. Psychodynamic therapy grew out of it.',
      ['bacp-pd', 'bpc'],
    ),
    entry(
      'brief-psychodynamic',
      'Brief psychodynamic therapy',
      'A form of this therapy with a set number of sessions and a clear focus. For low mood it is about 16 to 20 sessions. NICE calls it short-term psychodynamic psychotherapy.',
      ['div12-stpp', 'malhi'],
    ),
    entry(
      'long-term-psychodynamic',
      'Long-term psychodynamic therapy',
      'Therapy of this kind that lasts a year or more, or 50 sessions or more.',
      ['lr11'],
    ),
    entry(
      'istdp',
      'ISTDP',
      'Short for intensive short-term dynamic psychotherapy. Habib Davanloo made it. It is an active form that centres on feelings.',
      ['johansson14'],
    ),
    entry(
      'dit',
      'DIT',
      'Short for dynamic interpersonal therapy. This brief form has 16 sessions. The NHS offers it for low mood and anxiety.',
      ['annafreud-dit', 'cnwl-tt'],
    ),
    entry(
      'nice',
      'NICE',
      'The National Institute for Health and Care Excellence. It writes guidance, such as its guide on depression in adults.',
      ['ng222'],
    ),
    entry(
      'cbt',
      'CBT',
      'Short for cognitive behavioural therapy. It holds that thoughts, feelings, actions and the body are linked. Changing one can change the others.',
      ['babcp'],
    ),
    entry(
      'nhs-talking-therapies',
      'NHS Talking Therapies',
      'A free NHS service in England for adults with anxiety or depression. You can refer yourself or ask a GP.',
      ['nhse-tt', 'nhs-types'],
    ),
  ].map((e) => [e.id, e]),
);

/** Every technical term the English texts mark, in one or two plain sentences, each with a reputable source. */
export const glossary: Record<string, GlossaryEntry> = {
  ...sharedTerms,
};
