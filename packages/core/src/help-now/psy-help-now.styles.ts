import { css } from 'lit';

export const styles = css`
  :host {
    --_help-gap: calc(var(--_space) * 0.75);
  }

  .panel {
    max-width: var(--_measure);
  }

  .title {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1.25em;
    line-height: 1.3;
  }

  .emergency {
    margin-block: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent-subtle);
  }

  .emergency p {
    margin-block-end: var(--_help-gap);
    font-weight: 600;
  }

  .emergency p:last-child {
    margin-block-end: 0;
  }

  .lines {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .line {
    padding-block: var(--_space);
    border-block-start: 1px solid var(--_border);
  }

  .name {
    margin: 0 0 0.25em;
    font-size: 1.0625em;
    line-height: 1.3;
  }

  .line p {
    margin-block-end: 0.5em;
  }

  .label {
    color: var(--_text-muted);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: var(--_help-gap);
  }

  /* the emergency call: a solid, bright control in light and dark alike */
  .button:not(.secondary) {
    border-color: var(--_strong);
    background: var(--_strong);
    color: var(--_on-strong);
  }

  .button:not(.secondary):hover {
    border-color: var(--_strong-hover);
    background: var(--_strong-hover);
  }

  .actions .button {
    text-align: start;
  }

  .advice {
    margin-block: var(--_space) 0;
  }

  @media print {
    .button,
    .button:not(.secondary) {
      display: inline;
      min-height: 0;
      padding: 0;
      border: 0;
      background: none;
      color: inherit;
    }
  }
`;
