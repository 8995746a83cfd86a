// Colour maths for tests: turn any computed CSS colour into sRGB bytes through a canvas (so relative colour syntax,
// light-dark() and wide-gamut values are all resolved by the browser itself), then apply WCAG 2.2's formulas.

const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;

/** sRGB bytes of any CSS colour, as the browser paints it (over `under`, for a see-through colour). */
export function toRgb(color: string, under = '#000'): [number, number, number] {
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = under;
  context.fillRect(0, 0, 1, 1);
  context.fillStyle = '#000';
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}

/** WCAG relative luminance. */
export function luminance(color: string): number {
  const [r, g, b] = toRgb(color).map((byte) => {
    const c = byte / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** A see-through colour as it shows over another (such as a tinted background over the widget's surface). */
export function over(color: string, under: string): string {
  return `rgb(${toRgb(color, under).join(' ')})`;
}

/** WCAG contrast ratio of two CSS colours. */
export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

/**
 * The colour a widget's content sits on: its own surface when it paints one, over the nearest ancestor that paints a
 * background, else the test page's white canvas.
 */
export function surfaceOf(el: Element): string {
  let under = '#fff';
  for (let node = el.parentElement; node; node = node.parentElement) {
    const bg = getComputedStyle(node).backgroundColor;
    if (toRgb(bg, '#fff').join() !== '255,255,255' || toRgb(bg, '#000').join() !== '0,0,0') {
      under = `rgb(${toRgb(bg, '#fff').join(' ')})`;
      break;
    }
  }
  return over(getComputedStyle(el).backgroundColor, under);
}
