import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether a widget paints its own surface. It stays transparent, and sits on the page like its text, when its text
 * reads well (at least 4.5:1) on whatever is behind it. It paints its surface, with padding and rounded corners, when
 * the clinic sets `--psy-surface`, or when its text would not read on the page: a light widget on a dark page, or the
 * reverse. CSS cannot compare two elements' colours, so this reads both from the computed styles.
 */
export const SURFACE_ATTRIBUTE = 'psy-surface';

let pixel: CanvasRenderingContext2D | null | undefined;

/** sRGB bytes and alpha of any computed colour, resolved by the browser itself (oklch, color(), light-dark()…). */
function rgba(color: string): [number, number, number, number] | undefined {
  pixel ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!pixel) return undefined;
  pixel.clearRect(0, 0, 1, 1);
  pixel.fillStyle = '#000';
  pixel.fillStyle = color;
  pixel.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = pixel.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a!];
}

function luminance([r, g, b]: number[]): number {
  const linear = (byte: number) => {
    const c = byte / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}

/** The element that holds `el` in the flattened page, out through shadow roots. */
function parentOf(el: Element): Element | null {
  return el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
}

/** The luminance of what is behind `host`: the nearest ancestor with a solid background, else the page's canvas. */
function backdropLuminance(host: Element): number {
  for (let el = parentOf(host); el; el = parentOf(el)) {
    const bg = rgba(getComputedStyle(el).backgroundColor);
    if (bg && bg[3] > 127) return luminance(bg);
  }
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  const dark = /dark/.test(scheme) && (!/light/.test(scheme) || matchMedia('(prefers-color-scheme: dark)').matches);
  return dark ? 0.0033 : 1; // the canvas: the engines' dark grey or white
}

export function paintsOwnSurface(host: HTMLElement): boolean {
  const style = getComputedStyle(host);
  if (style.getPropertyValue('--psy-surface').trim()) return true;
  const text = rgba(style.color);
  if (!text) return false;
  const [high, low] = [luminance(text), backdropLuminance(host)].sort((a, b) => b - a);
  return (high! + 0.05) / (low! + 0.05) < 4.5;
}

/** Keeps the host's `psy-surface` attribute true after each render and when the page's colours may have changed. */
export class SurfaceController implements ReactiveController {
  private readonly scheme = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  private observer?: MutationObserver;
  private readonly check = () => this.host.toggleAttribute(SURFACE_ATTRIBUTE, paintsOwnSurface(this.host));

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.scheme?.addEventListener?.('change', this.check);
    // a site's dark-mode switch usually sets a class or style on <html> or <body>
    this.observer = new MutationObserver(this.check);
    const watched = { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] };
    for (const el of [document.documentElement, document.body]) if (el) this.observer.observe(el, watched);
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['class', 'style'] });
  }

  hostDisconnected(): void {
    this.scheme?.removeEventListener?.('change', this.check);
    this.observer?.disconnect();
  }

  hostUpdated(): void {
    this.check();
  }
}
