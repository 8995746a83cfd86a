import type { PsyEvent } from '@psy-widgets/core';

// The events <psy-self-check> fires, added to core's table of events (read by scripts/manifest.mjs for the manifest).
declare module '@psy-widgets/core' {
  interface PsyEventMap {
    /** The visitor started a self-check. */
    'psy-start': { questionSet: string };
    /** The self-check moved to another step; the index only, never the answer. */
    'psy-step': { step: number };
    /** The self-check finished. `answers` is present only when the page sets `share-answers`. */
    'psy-complete': { outcome: string; answers?: Record<string, string> };
    /** The visitor asked for urgent help. */
    'psy-crisis': { region: string };
  }
}

declare global {
  interface HTMLElementEventMap {
    'psy-start': PsyEvent<'psy-start'>;
    'psy-step': PsyEvent<'psy-step'>;
    'psy-complete': PsyEvent<'psy-complete'>;
    'psy-crisis': PsyEvent<'psy-crisis'>;
  }
}
