import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  h2 {
    margin: 0 0 var(--psy-space);
    font-size: 1.25em;
    line-height: 1.3;
  }
`;
