// React components for every psy-widgets element, made with @lit/react. React 18 sets every prop of a custom element
// as a string attribute and cannot listen to custom events; these wrappers set properties (so `.content` objects
// work) and map the psy-* events to `onPsy…` props. React 19 can use the elements directly (see `psy-widgets/jsx`).
// Importing this module registers the elements.
import { createComponent, type EventName } from '@lit/react';
import { PsyHelpNow as PsyHelpNowElement, PsyTerm as PsyTermElement, type PsyEvent } from '@psy-widgets/core';
import '@psy-widgets/core/define/psy-help-now.js';
import '@psy-widgets/core/define/psy-term.js';
import { PsyCompare as PsyCompareElement } from '@psy-widgets/compare';
import { PsyExplainer as PsyExplainerElement } from '@psy-widgets/explainer';
import { PsySelfCheck as PsySelfCheckElement } from '@psy-widgets/self-check';
import * as React from 'react';

/** `<psy-explainer>`: `onPsyToggle` fires when a section opens or closes. */
export const PsyExplainer = createComponent({
  react: React,
  tagName: 'psy-explainer',
  elementClass: PsyExplainerElement,
  events: { onPsyToggle: 'psy-toggle' as EventName<PsyEvent<'psy-toggle'>> },
  displayName: 'PsyExplainer',
});

/** `<psy-compare>`: CBT and psychodynamic therapy side by side. */
export const PsyCompare = createComponent({
  react: React,
  tagName: 'psy-compare',
  elementClass: PsyCompareElement,
  displayName: 'PsyCompare',
});

/** `<psy-self-check>`: `onPsyStart`, `onPsyStep`, `onPsyComplete` (the outcome only) and `onPsyCrisis`. */
export const PsySelfCheck = createComponent({
  react: React,
  tagName: 'psy-self-check',
  elementClass: PsySelfCheckElement,
  events: {
    onPsyStart: 'psy-start' as EventName<PsyEvent<'psy-start'>>,
    onPsyStep: 'psy-step' as EventName<PsyEvent<'psy-step'>>,
    onPsyComplete: 'psy-complete' as EventName<PsyEvent<'psy-complete'>>,
    onPsyCrisis: 'psy-crisis' as EventName<PsyEvent<'psy-crisis'>>,
  },
  displayName: 'PsySelfCheck',
});

/** `<psy-term>`: a glossary term with its definition in a popover. */
export const PsyTerm = createComponent({
  react: React,
  tagName: 'psy-term',
  elementClass: PsyTermElement,
  displayName: 'PsyTerm',
});

/** `<psy-help-now>`: the urgent-help panel for a region. */
export const PsyHelpNow = createComponent({
  react: React,
  tagName: 'psy-help-now',
  elementClass: PsyHelpNowElement,
  displayName: 'PsyHelpNow',
});
