import type { PsyEvent } from '@psy-widgets/core';

// The events <psy-explainer> fires, added to core's table of events (read by scripts/manifest.mjs for the manifest).
declare module '@psy-widgets/core' {
  interface PsyEventMap {
    /** A section of `<psy-explainer>` was opened or closed. */
    'psy-toggle': { section: string; open: boolean };
  }
}

declare global {
  interface HTMLElementEventMap {
    'psy-toggle': PsyEvent<'psy-toggle'>;
  }
}
