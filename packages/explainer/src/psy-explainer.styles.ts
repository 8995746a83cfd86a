import { css } from 'lit';

export const styles = css`
  /* the same places psy-widgets.css keeps before the script has run */
  .pending {
    min-block-size: 56rem;
  }

  :host([layout='summary']) .pending {
    min-block-size: 24rem;
  }

  article > *:last-child {
    margin-bottom: 0;
  }

  .title {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
    max-width: var(--_measure);
  }

  .h {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.3;
    max-width: var(--_measure);
  }

  .h:focus {
    outline: none;
  }

  .h:focus-visible {
    outline: 3px solid var(--_focus-ring);
  }

  section {
    margin-block-start: calc(var(--_space) * 1.75);
    scroll-margin-block-start: var(--_space);
  }

  ul {
    padding-inline-start: 1.25em;
  }

  li + li {
    margin-block-start: 0.35em;
  }

  dl {
    margin: 0;
    max-width: var(--_measure);
  }

  dt {
    font-weight: 600;
    margin-block-end: 0.25em;
  }

  dd {
    margin: 0 0 var(--_space);
  }

  /* accordion: each section heading is a full-width disclosure button */
  :host([layout='accordion']) section {
    margin: 0;
    border-block-end: 1px solid var(--_border);
  }

  :host([layout='accordion']) .sections {
    margin-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }

  :host([layout='accordion']) .h {
    margin: 0;
    max-width: none;
  }

  :host([layout='accordion']) .panel {
    padding-block: calc(var(--_space) * 0.25) var(--_space);
  }

  .toggle {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    width: 100%;
    min-height: 2.75rem;
    padding: 0.625rem 0.25rem;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .toggle:hover {
    background: var(--_accent-subtle);
  }

  .toggle::after {
    content: '';
    flex: none;
    width: 0.55em;
    height: 0.55em;
    margin-inline-end: 0.35em;
    border-block-end: 2px solid var(--_accent);
    border-inline-end: 2px solid var(--_accent);
    transform: translateY(-25%) rotate(45deg);
    transition: transform var(--_duration);
  }

  .toggle[aria-expanded='true']::after {
    transform: translateY(25%) rotate(-135deg);
  }

  .sources-toggle {
    font-size: 0.875em;
  }

  .sources {
    margin-block: 0.5em 0;
    padding-inline-start: 1.5em;
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .help {
    margin-block-start: calc(var(--_space) * 1.5);
  }

  .help psy-help-now {
    margin-block-start: calc(var(--_space) * 0.5);
  }

  ::slotted([slot='cta']) {
    display: block;
    margin-block-start: calc(var(--_space) * 1.5);
  }

  .review {
    margin-block-start: calc(var(--_space) * 1.5);
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .review p {
    margin-block-end: 0.25em;
  }

  @media print {
    .sections[hidden],
    .panel[hidden],
    .section-sources[hidden] {
      display: block;
    }

    .toggle::after,
    .help,
    .read-more {
      display: none;
    }

    .toggle {
      min-height: 0;
      padding: 0;
    }
  }
`;
