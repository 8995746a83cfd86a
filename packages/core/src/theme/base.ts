import { css } from 'lit';

/**
 * Shared building blocks for every element's shadow DOM: readable text, buttons with large targets, one visible
 * focus style, the bad-input message and a visually hidden helper for screen-reader-only text.
 */
export const base = css`
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  /* a glossary word before <psy-term> has loaded (see term/load.ts): already shaped and underlined as a term */
  psy-term:not(:defined) {
    display: inline-block;
    max-width: 100%;
    min-height: 1.5rem;
    /* longhands: WebKit before Safari 26.2 drops the whole shorthand when it holds a style and a colour */
    text-decoration-line: underline;
    text-decoration-style: dotted;
    text-decoration-color: var(--_accent);
    text-decoration-thickness: max(2px, 0.1em);
    text-underline-offset: 0.2em;
  }

  /* the urgent-help panel before it has loaded (see help-now/load.ts): its one sentence that matters, shown at once */
  psy-help-now:not(:defined) {
    display: block;
  }

  psy-help-now:not(:defined) > p {
    margin: 0;
    padding: var(--_space);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent-subtle);
    font-weight: 600;
  }

  :focus-visible {
    outline: 3px solid var(--_focus-ring);
    outline-offset: 2px;
  }

  p,
  ul,
  ol {
    margin-block: 0 calc(var(--_space) * 0.75);
    max-width: var(--_measure);
  }

  a {
    color: var(--_accent);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }

  a:hover {
    text-decoration-thickness: 2px;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 1.1rem;
    border: 2px solid var(--_brand);
    border-radius: var(--_radius);
    background: var(--_brand);
    color: var(--_on-brand);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-decoration: none;
    cursor: pointer;
    transition:
      background-color var(--_duration),
      border-color var(--_duration);
  }

  .button:hover {
    background: var(--_brand-hover);
    border-color: var(--_brand-hover);
  }

  .button.secondary {
    background: transparent;
    color: var(--_accent);
    border-color: currentColor;
  }

  .button.secondary:hover {
    background: var(--_accent-subtle);
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .problem {
    padding: var(--_space);
    border: 1px solid var(--_warning-border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_warning-bg);
    max-width: var(--_measure);
  }

  .problem p {
    margin: 0 0 0.5rem;
  }

  .problem-title {
    font-weight: 600;
  }

  .problem ul {
    margin: 0;
    padding-inline-start: 1.25rem;
    font-size: 0.9375em;
  }

  @media print {
    .button {
      display: none;
    }
  }
`;
