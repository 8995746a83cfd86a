import { css } from 'lit';

export const styles = css`
  :host {
    display: inline;
    color: inherit;
    background: none;
    font-size: inherit;
    line-height: inherit;
  }

  /* a word in running text never becomes a box: its colour is the text's around it */
  :host([psy-surface]) {
    padding: 0;
    background: none;
  }

  button {
    display: inline-block;
    max-width: 100%;
    min-height: 1.5rem;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: 2px;
    background: none;
    color: inherit;
    font: inherit;
    letter-spacing: inherit;
    text-align: inherit;
    /* longhands: WebKit before Safari 26.2 drops the whole shorthand when it holds a style and a colour */
    text-decoration-line: underline;
    text-decoration-style: dotted;
    text-decoration-color: var(--_accent);
    text-decoration-thickness: max(2px, 0.1em);
    text-underline-offset: 0.2em;
    cursor: help;
  }

  button:hover,
  button[aria-expanded='true'] {
    text-decoration-style: solid;
  }

  [part='popover'] {
    position: fixed;
    inset: auto;
    left: 0;
    top: 0;
    z-index: 1000;
    box-sizing: border-box;
    width: max-content;
    max-width: min(20rem, calc(100vw - 1rem));
    margin: 0;
    padding: 0.625rem 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.18);
    font-size: 0.9375em;
    font-style: normal;
    font-weight: normal;
    line-height: 1.5;
    text-align: start;
    text-transform: none;
    white-space: normal;
  }

  /* opened, but not yet placed beside the words */
  [part='popover'][data-placing] {
    visibility: hidden;
  }

  @media print {
    [part='popover'] {
      display: none;
    }
  }
`;
