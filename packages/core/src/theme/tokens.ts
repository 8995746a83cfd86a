import { css, unsafeCSS } from 'lit';

// WCAG relative luminance of a colour, written with the channel keywords of `color(from … srgb-linear r g b)`.
const Y = '(0.2126 * r + 0.7152 * g + 0.0722 * b)';
// 1 when the brand is dark enough for white text, 0 when black text reads better. 0.1791 is the luminance at which
// white and black give the same contrast (4.58:1), so the chosen one always gives at least that.
const prefersWhite = `clamp(0, (0.1791 - ${Y}) * 100000, 1)`;
const onBrand = unsafeCSS(`color(from var(--_brand) srgb-linear ${prefersWhite} ${prefersWhite} ${prefersWhite})`);
// The opposite of the on-brand colour: hover states move the brand towards it, so contrast only grows.
const awayFromText = `calc(1 - ${prefersWhite})`;
const brandFar = unsafeCSS(`color(from var(--_brand) srgb-linear ${awayFromText} ${awayFromText} ${awayFromText})`);
/** Black or white, whichever reads better on the colour in `variable`; and the opposite, for its hover state. */
export const textOn = (variable: string) =>
  unsafeCSS(`color(from var(${variable}) srgb-linear ${prefersWhite} ${prefersWhite} ${prefersWhite})`);
export const awayFromTextOn = (variable: string) =>
  unsafeCSS(`color(from var(${variable}) srgb-linear ${awayFromText} ${awayFromText} ${awayFromText})`);
// Brand as text on a light surface: scaled down in linear light until its luminance is at most 0.14 (≥ 4.9:1 on the
// lightest surfaces). On a dark surface: mixed towards white until its luminance is at least 0.4 (≥ 6:1).
const darken = (c: string) => `calc(${c} * min(1, 0.14 / max(${Y}, 0.0001)))`;
const lighten = (c: string) => `calc(${c} + (1 - ${c}) * max(0, (0.4 - ${Y}) / (1 - min(${Y}, 0.9999))))`;
const accentLight = unsafeCSS(`color(from var(--_brand) srgb-linear ${darken('r')} ${darken('g')} ${darken('b')})`);
const accentDark = unsafeCSS(`color(from var(--_brand) srgb-linear ${lighten('r')} ${lighten('g')} ${lighten('b')})`);

/**
 * The token sheet every psy-widgets element adopts. `--psy-brand` alone yields the whole palette; each derived
 * colour can still be set on its own. Light and dark follow the page's `color-scheme` through `light-dark()`.
 *
 *
 * The public tokens are documented with `@cssprop` on `PsyElement`, so every element's manifest lists them.
 */
export const tokens = css`
  /* Before relative colour syntax and light-dark() (Safari before 18, Chrome before 123, Firefox before 128), derived
     colours would be invalid: text on the brand unreadable, focus rings and borders gone, popovers see-through. There
     the palette is static and contrast-safe instead: the default teal with white text for the brand (the pair fixed
     together, so a clinic's text colour for its own brand never lands on the teal), system colours (which follow the
     page's color-scheme) for the rest. A clinic's own accent, border, focus, surface and text tokens still apply. */
  :host {
    --_brand: #2f6f6a;
    --_on-brand: #fff;
    --_brand-hover: #2a635f;
    --_accent: var(--psy-accent, LinkText);
    --_accent-subtle: var(--psy-accent-subtle, #2f6f6a1f);
    --_border: var(--psy-border, GrayText);
    --_surface: var(--psy-surface, Canvas);
    --_text: var(--psy-text, CanvasText);
    --_text-muted: var(--psy-text-muted, CanvasText);
    --_warning-bg: Canvas;
    --_warning-border: #a86b00;
  }

  @supports (color: color(from red srgb-linear r g b)) and (color: light-dark(red, red)) {
    :host {
      --_brand: var(--psy-brand, #2f6f6a);
      --_on-brand: var(--psy-on-brand, ${onBrand});
      --_brand-far: ${brandFar};
      --_brand-hover: var(--psy-brand-hover, color-mix(in srgb-linear, var(--_brand) 78%, var(--_brand-far)));
      --_accent: var(--psy-accent, light-dark(${accentLight}, ${accentDark}));
      --_accent-subtle: var(
        --psy-accent-subtle,
        light-dark(oklch(from var(--_brand) 0.965 min(c, 0.03) h), oklch(from var(--_brand) 0.27 min(c, 0.04) h))
      );
      --_border: var(
        --psy-border,
        light-dark(oklch(from var(--_brand) 0.84 min(c, 0.03) h), oklch(from var(--_brand) 0.42 min(c, 0.03) h))
      );
      --_surface: var(--psy-surface, light-dark(#ffffff, #17191c));
      --_text: var(--psy-text, light-dark(#1f2328, #e8eaed));
      --_text-muted: var(--psy-text-muted, light-dark(#4f5761, #aeb5bd));
      --_warning-bg: light-dark(#fff6e0, #33290f);
      --_warning-border: light-dark(#a86b00, #e0b24d);
    }
  }

  :host {
    --_focus-ring: var(--psy-focus-ring, var(--_accent));
    --_font-family: var(--psy-font-family, inherit);
    --_font-size: var(--psy-font-size, 1rem);
    --_line-height: var(--psy-line-height, 1.6);
    --_measure: var(--psy-measure, 68ch);
    --_radius: var(--psy-radius, 0.5rem);
    --_space: var(--psy-space, 1rem);
    --_duration: 160ms;

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    overflow-wrap: break-word;
  }

  /* see surface.ts: a widget whose text would not read on the page, or with --psy-surface set, paints its own */
  :host([psy-surface]) {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  :host([hidden]) {
    display: none;
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }
  }

  /* Windows High Contrast and other forced palettes: hand every colour to the system. */
  @media (forced-colors: active) {
    :host {
      --_brand: ButtonText;
      --_on-brand: ButtonFace;
      --_brand-hover: Highlight;
      --_accent: LinkText;
      --_accent-subtle: Canvas;
      --_border: CanvasText;
      --_focus-ring: Highlight;
      --_surface: Canvas;
      --_text: CanvasText;
      --_text-muted: CanvasText;
      --_warning-bg: Canvas;
      --_warning-border: CanvasText;
    }
  }
`;
