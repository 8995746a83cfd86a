// The demo bar: a brand colour picker and a dark-mode switch. They set `--psy-brand` and `color-scheme` on the root,
// as a clinic's own CSS would, and carry the choice to the other demo pages in the address (nothing is stored).

export interface SiteTheme {
  /** Six hex digits without `#`, or null for the default. */
  brand: string | null;
  scheme: 'light' | 'dark' | null;
}

export function readTheme(search: string): SiteTheme {
  const params = new URLSearchParams(search);
  const brand = params.get('brand');
  const scheme = params.get('scheme');
  return {
    brand: brand && /^[0-9a-f]{6}$/i.test(brand) ? brand.toLowerCase() : null,
    scheme: scheme === 'light' || scheme === 'dark' ? scheme : null,
  };
}

export function applyTheme(theme: SiteTheme, root: HTMLElement = document.documentElement): void {
  if (theme.brand) root.style.setProperty('--psy-brand', `#${theme.brand}`);
  else root.style.removeProperty('--psy-brand');
  root.style.colorScheme = theme.scheme ?? '';
}

/** `href` with the theme in its query, for links between demo pages. */
export function withTheme(href: string, theme: SiteTheme, base = location.href): string {
  const url = new URL(href, base);
  for (const key of ['brand', 'scheme'] as const) {
    if (theme[key]) url.searchParams.set(key, theme[key]);
    else url.searchParams.delete(key);
  }
  return url.pathname + url.search + url.hash;
}

function start(): void {
  const brandInput = document.querySelector<HTMLInputElement>('#site-brand');
  const darkSwitch = document.querySelector<HTMLInputElement>('#site-dark');
  if (!brandInput || !darkSwitch) return;
  let theme = readTheme(location.search);
  const prefersDark = matchMedia('(prefers-color-scheme: dark)');
  if (theme.brand) brandInput.value = `#${theme.brand}`;
  darkSwitch.checked = theme.scheme ? theme.scheme === 'dark' : prefersDark.matches;

  const update = (next: SiteTheme) => {
    theme = next;
    applyTheme(theme);
    history.replaceState(null, '', withTheme(location.href, theme));
    // links to the other demo pages (same site, not an in-page anchor)
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]:not([href^="#"])')) {
      if (link.origin === location.origin && link.protocol === location.protocol) {
        link.setAttribute('href', withTheme(link.getAttribute('href')!, theme));
      }
    }
  };
  brandInput.addEventListener('input', () => update({ ...theme, brand: brandInput.value.slice(1) }));
  darkSwitch.addEventListener('change', () => update({ ...theme, scheme: darkSwitch.checked ? 'dark' : 'light' }));
  update(theme);
}

start();
