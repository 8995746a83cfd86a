import type { TemplateResult } from 'lit';
import type { PartialContentPack } from '../../packages/content/src/index.js';
import type { PsyExplainer } from '../../packages/explainer/src/index.js';
import '../../packages/explainer/src/index.js';
import type { Scheme } from '../helpers/axe.js';
import { $$, text } from '../helpers/dom.js';
import { mount as mountWidget } from '../helpers/mount.js';
export { $, $$, shown, text } from '../helpers/dom.js';
export { spyWarnings } from '../helpers/warnings.js';

/** Mounts a <psy-explainer> with these attributes in a box of the given width and colour scheme. */
export const mount = (
  attrs: Record<string, string | number | boolean> = {},
  { content, width, scheme = 'light', children }: Options = {},
) => mountWidget<PsyExplainer>('psy-explainer', { attrs, props: { content }, width, scheme, children });

interface Options {
  content?: PartialContentPack | unknown;
  width?: number;
  scheme?: Scheme;
  children?: TemplateResult;
}

/** The section headings, as [level, text]. */
export const headings = (el: Element) =>
  $$(el, '[role=heading]').map((h) => [Number(h.getAttribute('aria-level')), text(h)] as const);

/** A clinic's pack: its reviewer on the psychodynamic text, and one more FAQ. */
export const clinicPack: PartialContentPack = {
  therapies: {
    psychodynamic: {
      review: { reviewer: 'Dr A. Example, example clinic', lastReviewed: '2026-12-01', nextReview: '2027-12-01' },
    },
  },
};

/** A pack whose psychodynamic text is past its next review date. */
export const overduePack: PartialContentPack = {
  therapies: { psychodynamic: { review: { lastReviewed: '2020-01-10', nextReview: '2021-01-10' } } },
};

export { html } from 'lit';
