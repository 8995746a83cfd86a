import type { GlossaryEntry } from '../../schema.js';
import { glossaryCbt } from './glossary-cbt.js';

const entry = (id: string, term: string, definition: string, sources: string[]): GlossaryEntry => ({
  id,
  term,
  definition,
  sources,
});

/** Every technical term the English texts mark, in one or two plain sentences. */
export const glossary: Record<string, GlossaryEntry> = Object.fromEntries(
  [
    ...Object.values(glossaryCbt),
    entry(
      'unconscious',
      'Unconscious',
      'The part of the mind that holds feelings, memories and wishes you are not aware of. Psychodynamic therapy holds that it still shapes how you feel and act.',
      ['o2o', 'cd', 'launder'],
    ),
    entry(
      'defence-mechanism',
      'Defence mechanism',
      'A way the mind keeps painful thoughts and feelings out of awareness, without you choosing it. Defences can protect you, but they often do more harm than good.',
      ['o2o', 'cd', 'pdblog'],
    ),
    entry(
      'repression',
      'Repression',
      'A defence that pushes a painful memory or feeling out of your mind, so you do not have to feel it.',
      ['o2o', 'ijngp'],
    ),
    entry('denial', 'Denial', 'A defence where you do not let yourself take in that something painful is true.', [
      'o2o',
      'cd',
    ]),
    entry(
      'projection',
      'Projection',
      'A defence where you see your own unwanted feelings in someone else, as if they were theirs.',
      ['o2o', 'cd'],
    ),
    entry(
      'transference',
      'Transference',
      'When feelings about an important person, often from childhood, get turned towards the therapist. For example, you might react to your therapist as you did to a parent.',
      ['o2o', 'cd', 'ijngp'],
    ),
    entry(
      'countertransference',
      'Countertransference',
      'The feelings a therapist has in response to you. Therapists learn to notice and manage them, as they can show what is going on between you.',
      ['pdblog'],
    ),
    entry(
      'free-association',
      'Free association',
      'Saying whatever comes to mind, without shaping it into a neat story first. The therapist may give you a word to start.',
      ['o2o', 'cd', 'ijngp'],
    ),
    entry(
      'interpretation',
      'Interpretation',
      'When the therapist suggests a link between your feelings, what has happened to you and what you do.',
      ['o2o', 'cd'],
    ),
    entry(
      'resistance',
      'Resistance',
      'Holding back from painful thoughts or feelings, often without knowing it. Your therapist helps you notice it, as it can point to what matters.',
      ['o2o', 'pdblog'],
    ),
    entry(
      'dream-analysis',
      'Dream analysis',
      'Looking at your dreams in therapy, to find feelings and wishes that are hard to reach when you are awake.',
      ['ijngp', 'pdblog'],
    ),
    entry(
      'therapeutic-relationship',
      'Therapeutic relationship',
      'The bond between you and your therapist. In psychodynamic work it is also a place to see your patterns and change them.',
      ['cd', 'pdblog'],
    ),
    entry(
      'psychoanalysis',
      'Psychoanalysis',
      'The talking treatment that Sigmund Freud began. It is often longer and more intense than psychodynamic therapy.',
      ['cd', 'ijngp'],
    ),
    entry(
      'brief-psychodynamic',
      'Brief psychodynamic therapy',
      'A shorter form of psychodynamic therapy. You and the therapist agree one focus at the start and work closely on it.',
      ['launder', 'cd'],
    ),
    entry(
      'istdp',
      'ISTDP',
      'Short for intensive short-term dynamic psychotherapy. Habib Davanloo developed this brief, active form. It often has two or three sessions a week.',
      ['o2o', 'cd'],
    ),
    entry(
      'dit',
      'DIT',
      'Short for dynamic interpersonal therapy. It is a brief psychodynamic therapy. It has 16 sessions and is used in the NHS.',
      ['cd', 'annafreud'],
    ),
    entry(
      'cbt',
      'CBT',
      'Short for cognitive behavioural therapy. It is a talking therapy that helps you cope with problems you face now, by changing how you think and act.',
      ['cd', 'nhs'],
    ),
    entry(
      'nhs-talking-therapies',
      'NHS talking therapies',
      'NHS services that offer talking therapies, such as CBT, for problems like anxiety and depression. You can refer yourself without seeing a GP.',
      ['nhs'],
    ),
  ].map((e) => [e.id, e]),
);
