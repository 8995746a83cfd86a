import { css } from 'lit';

export const styles = css`
  .self-check {
    max-width: var(--_measure);
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.75);
    margin-block-end: var(--_space);
    scroll-margin-block-start: var(--psy-scroll-margin, 5rem);
  }

  .title {
    flex: 1 1 16rem;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.3;
  }

  .title:focus,
  .outcome:focus,
  #question:focus {
    outline: none;
  }

  .title:focus-visible,
  .outcome:focus-visible,
  #question:focus-visible {
    outline: 3px solid var(--_focus-ring);
  }

  .help,
  .crisis {
    margin-block-end: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .help[hidden] {
    display: none;
  }

  .facts {
    padding-inline-start: 1.25rem;
  }

  .facts li + li {
    margin-block-start: 0.25em;
  }

  .progress {
    margin-block-end: calc(var(--_space) * 0.75);
    color: var(--_text-muted);
    font-size: 0.9375em;
  }

  .bar {
    display: flex;
    gap: 3px;
    margin-block-start: 0.25rem;
    max-width: 20rem;
  }

  .bar span {
    flex: 1;
    height: 0.375rem;
    border-radius: 1px;
    background: var(--_border);
  }

  .bar .done {
    background: var(--_accent);
  }

  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  legend {
    padding: 0;
    margin-block-end: calc(var(--_space) * 0.75);
    font-size: 1.25em;
    font-weight: 600;
    line-height: 1.35;
  }

  .hint {
    color: var(--_text-muted);
  }

  .error {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_warning-border);
    border-radius: var(--_radius);
    background: var(--_warning-bg);
    font-weight: 600;
  }

  .options {
    display: grid;
    gap: 0.5rem;
  }

  .option {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: 2.75rem;
    padding: 0.5rem 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    transition: background-color var(--_duration);
  }

  /* two rules: an engine without :has() drops a whole rule that names it, and hover must not go with it */
  .option:hover {
    background: var(--_accent-subtle);
  }

  .option:has(:checked) {
    background: var(--_accent-subtle);
  }

  .option:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }

  .option input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  .nav,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-block-start: calc(var(--_space) * 1.25);
  }

  .outcome {
    margin-block-end: calc(var(--_space) * 0.5);
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }

  .subheading {
    margin-block: calc(var(--_space) * 1.25) calc(var(--_space) * 0.5);
    font-size: 1.0625em;
    font-weight: 700;
  }

  .group {
    margin-block-end: 0.25em;
    font-weight: 600;
  }

  .result ul {
    padding-inline-start: 1.25rem;
  }

  .note {
    margin-block-start: calc(var(--_space) * 1.25);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_accent-subtle);
  }

  .cta {
    margin-block-start: var(--_space);
  }

  @media (forced-colors: active) {
    .bar span {
      border: 1px solid CanvasText;
    }

    .bar .done {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }

  /* A one-page summary to take to a first appointment: the result alone, compact. */
  @media print {
    :host {
      font-size: 10.5pt;
      line-height: 1.35;
    }

    .self-check {
      max-width: none;
    }

    .help,
    .cta,
    .nav,
    .actions {
      display: none;
    }

    .subheading {
      margin-block: 0.75em 0.25em;
    }

    .result section,
    .note {
      break-inside: avoid;
    }
  }
`;
