import { css } from 'lit';

/**
 * Wide: a table. Narrow (decided by the element's own width, not the window's): one group per aspect with the
 * approaches stacked. Only one of the two is displayed at a time; the other is `display: none`, so screen readers and
 * axe meet one.
 */
export const styles = css`
  :host {
    container-type: inline-size;
  }

  .narrow {
    display: none;
  }

  @container (max-width: 36rem) {
    [data-columns='2'] .wide {
      display: none;
    }
    [data-columns='2'] .narrow {
      display: block;
    }
  }

  @container (max-width: 48rem) {
    [data-columns='3'] .wide {
      display: none;
    }
    [data-columns='3'] .narrow {
      display: block;
    }
  }

  .title {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }

  .highlight-note {
    color: var(--_text-muted);
  }

  table {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }

  caption {
    text-align: start;
  }

  th,
  td {
    padding: calc(var(--_space) * 0.75);
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    border-bottom-width: 2px;
    line-height: 1.3;
  }

  .aspect-column {
    width: 11rem;
    color: var(--_text-muted);
    font-weight: 600;
  }

  tr.differs > * {
    background: var(--_accent-subtle);
  }

  tr.differs > th,
  .group.differs {
    border-inline-start: 4px solid var(--_accent);
  }

  .flag {
    display: inline-block;
    margin-block-start: 0.25rem;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    color: var(--_accent);
    font-size: 0.8125rem;
    font-weight: 600;
    line-height: 1.5;
  }

  .group {
    padding: calc(var(--_space) * 0.5) 0;
    border-top: 1px solid var(--_border);
  }

  .group.differs {
    padding-inline: calc(var(--_space) * 0.75);
    background: var(--_accent-subtle);
  }

  .aspect {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.5rem;
    margin: 0 0 calc(var(--_space) * 0.25);
    font-size: 1.0625em;
    font-weight: 700;
    line-height: 1.3;
  }

  dl {
    margin: 0;
  }

  /* on a phone every line counts: the approach's short name runs into its statement, "More" follows the text */
  dt {
    float: inline-start;
    clear: both;
    margin-inline-end: 0.4em;
    font-weight: 600;
  }

  dd {
    margin: 0 0 calc(var(--_space) * 0.375);
  }

  dd .summary {
    display: inline;
  }

  dd .summary + .more {
    margin-inline-start: 0.4em;
  }

  td p,
  dd p {
    margin-block-end: calc(var(--_space) * 0.5);
  }

  .more::before {
    content: '';
    display: inline-block;
    margin-inline-end: 0.4em;
    border-block: 0.3em solid transparent;
    border-inline-start: 0.45em solid currentColor;
    transition: transform var(--_duration);
  }

  .more[aria-expanded='true']::before {
    transform: rotate(90deg);
  }

  .more:dir(rtl)::before {
    scale: -1 1;
  }

  .detail {
    padding-inline-start: 0.75rem;
    border-inline-start: 2px solid var(--_border);
  }

  .sources,
  .missing {
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .aspect-sources {
    margin-block-start: calc(var(--_space) * 0.5);
  }

  .aspect-sources p {
    margin-block: 0 calc(var(--_space) * 0.5);
  }

  .closing {
    margin-block-start: var(--_space);
  }

  @media print {
    .detail[hidden],
    .aspect-sources[hidden] {
      display: block;
    }
  }
`;
