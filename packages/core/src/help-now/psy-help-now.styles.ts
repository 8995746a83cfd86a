import { css } from 'lit';
import { awayFromTextOn, textOn } from '../theme/tokens.js';

export const styles = css`
  :host {
    --_help-gap: calc(var(--_space) * 0.75);
    --_strong: var(--_brand);
    --_on-strong: var(--_on-brand);
    --_strong-hover: var(--_brand-hover);
  }

  /* The call button must never look disabled. In dark mode the brand itself can sit close to the dark surface, so the
     accent (luminance at least 0.4, so 3:1 or more on every dark surface) fills it instead. */
  @supports (color: color(from red srgb-linear r g b)) and (color: light-dark(red, red)) {
    :host {
      --_strong: light-dark(var(--_brand), var(--_accent));
      --_on-strong: light-dark(var(--_on-brand), ${textOn('--_accent')});
      --_strong-hover: light-dark(
        var(--_brand-hover),
        color-mix(in srgb-linear, var(--_accent) 78%, ${awayFromTextOn('--_accent')})
      );
    }
  }

  @media (forced-colors: active) {
    :host {
      --_strong: ButtonText;
      --_on-strong: ButtonFace;
      --_strong-hover: Highlight;
    }
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
