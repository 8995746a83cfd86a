/**
 * Every event a psy-widgets element fires, with its `detail`. All are `CustomEvent`s that bubble and cross shadow
 * roots (`composed`). No event carries a visitor's answers unless the page opts in (`share-answers`). Each widget
 * package declares its own events here by interface merging, in its `src/events.ts`:
 * `declare module '@psy-widgets/core' { interface PsyEventMap { 'psy-name': { … } } }`, plus the matching
 * `HTMLElementEventMap` entry (see the explainer's).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- widgets merge their events into it
export interface PsyEventMap {}

export type PsyEventName = keyof PsyEventMap;
export type PsyEvent<K extends PsyEventName> = CustomEvent<PsyEventMap[K]>;
