import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { finish } from '../pending.js';

// Whether a widget paints its own surface (the `psy-surface` attribute, styled in tokens.ts). It stays transparent,
// and sits on the page like its text, when its text reads well (at least 4.5:1) on whatever is behind it. It paints
// its surface, with padding and rounded corners, when the clinic sets `--psy-surface`, or when its text would not read
// on the page: a light widget on a dark page, or the reverse. CSS cannot compare two elements' colours, so this reads
// both from the computed styles.

let pixel: CanvasRenderingContext2D | undefined;

/** WCAG luminance of any computed colour, resolved by the browser itself (oklch, color()…); -1 if see-through. */
function luminance(color: string): number {
  pixel ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  pixel.clearRect(0, 0, 1, 1);
  pixel.fillStyle = color;
  pixel.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = pixel.getImageData(0, 0, 1, 1).data;
  const linear = (byte = 0) => ((byte /= 255) <= 0.04045 ? byte / 12.92 : ((byte + 0.055) / 1.055) ** 2.4);
  return a! < 128 ? -1 : 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The luminance of what is behind `host`: the nearest ancestor with a solid background, else the page's canvas. */
function backdrop(host: Element): number {
  for (let el: Element | null = host; (el = el.parentElement ?? (el.getRootNode() as ShadowRoot).host);) {
    const found = luminance(getComputedStyle(el).backgroundColor);
    if (found >= 0) return found;
  }
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  const dark = /dark/.test(scheme) && (!/light/.test(scheme) || matchMedia('(prefers-color-scheme: dark)').matches);
  return dark ? 0.0033 : 1; // the engines' dark canvas, or white
}

export function paintsOwnSurface(host: HTMLElement): boolean {
  const style = getComputedStyle(host);
  const [high, low] = [luminance(style.color), backdrop(host)].sort((a, b) => b - a);
  return !!style.getPropertyValue('--psy-surface').trim() || (high! + 0.05) / (low! + 0.05) < 4.5;
}

/** Keeps the host's `psy-surface` attribute true after each render and when the page's colours may have changed. */
export class SurfaceController implements ReactiveController {
  private readonly check = () => this.host.toggleAttribute('psy-surface', paintsOwnSurface(this.host));
  private readonly scheme = matchMedia('(prefers-color-scheme: dark)');
  private readonly observer = new MutationObserver(this.check);

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.scheme.addEventListener('change', this.check);
    // a site's dark-mode switch usually sets a class, style or data-theme on <html> or <body>
    for (const el of [document.documentElement, document.body, this.host]) {
      if (el) this.observer.observe(el, { attributeFilter: ['class', 'style', 'data-theme'] });
    }
  }

  hostDisconnected(): void {
    this.scheme.removeEventListener('change', this.check);
    this.observer.disconnect();
  }

  // After a render, the check waits for the frame that paints it (and for a timer, as a hidden page gets no frames).
  // Reading computed styles makes the browser work out the page's styles there and then: inside the render's task,
  // that made the explainer's first render one long task (90 ms on a fast machine, several times that on a phone).
  hostUpdated(): void {
    const checked = new Promise((done) => {
      // whichever comes first; the other is cancelled, so nothing holds on to a removed element
      const run = () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
        done(this.check());
      };
      const frame = requestAnimationFrame(run);
      const timer = setTimeout(run, 200);
    });
    finish(this.host, checked);
  }
}
