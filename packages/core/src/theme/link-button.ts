import { css } from 'lit';

/** A button that reads as a link in running text ("Sources", "More"): for the elements that have one. */
export const linkButton = css`
  .link-button {
    display: inline-flex;
    align-items: center;
    min-height: 1.5rem;
    padding: 0.125rem 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  .link-button:hover {
    text-decoration-thickness: 2px;
  }

  @media print {
    .link-button {
      display: none;
    }
  }
`;
