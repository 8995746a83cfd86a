/**
 * Every event a psy-widgets element fires, with its `detail`. All are `CustomEvent`s that bubble and cross shadow
 * roots (`composed`). No event carries a visitor's answers unless the page opts in (`share-answers`).
 */
export interface PsyEventMap {
  /** A section of `<psy-explainer>` was opened or closed. */
  'psy-toggle': { section: string; open: boolean };
  /** The visitor started a self-check. */
  'psy-start': { questionSet: string };
  /** The self-check moved to another step; the index only, never the answer. */
  'psy-step': { step: number };
  /** The self-check finished. `answers` is present only when the page sets `share-answers`. */
  'psy-complete': { outcome: string; answers?: Record<string, string> };
  /** The visitor asked for urgent help. */
  'psy-crisis': { region: string };
}

export type PsyEventName = keyof PsyEventMap;
export type PsyEvent<K extends PsyEventName> = CustomEvent<PsyEventMap[K]>;

declare global {
  interface HTMLElementEventMap {
    'psy-toggle': PsyEvent<'psy-toggle'>;
    'psy-start': PsyEvent<'psy-start'>;
    'psy-step': PsyEvent<'psy-step'>;
    'psy-complete': PsyEvent<'psy-complete'>;
    'psy-crisis': PsyEvent<'psy-crisis'>;
  }
}
