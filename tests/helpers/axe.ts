// axe-core on a widget, in the page's light and dark colour schemes, failing with a list a person can read: each rule
// broken, how badly, and where.
import type { AxeResults, Result } from 'axe-core';

export type Scheme = 'light' | 'dark';
export const schemes: readonly Scheme[] = ['light', 'dark'];

type Axe = { run(context: Element, options: object): Promise<AxeResults> };

async function loadAxe(): Promise<Axe> {
  const global = window as unknown as { axe?: Axe };
  if (!global.axe) await import('axe-core/axe.min.js'); // a script that registers window.axe
  return global.axe!;
}

/** One line per rule broken, then one indented line per element that breaks it. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((node) => `    at ${node.target.join(' >> ')}: ${node.failureSummary ?? node.html}`);
      return [`  ${v.id} (${v.impact ?? 'no impact given'}): ${v.help}`, ...nodes].join('\n');
    })
    .join('\n');
}

/** Runs axe-core on `el` (shadow roots included) and fails, listing every violation, if there is any. */
export async function expectNoAxeViolations(el: Element, where = ''): Promise<void> {
  const { violations } = await (await loadAxe()).run(el, { resultTypes: ['violations'] });
  if (violations.length > 0) {
    const count = violations.length === 1 ? '1 axe violation' : `${violations.length} axe violations`;
    throw new Error(`${count}${where ? ` (${where})` : ''}:\n${describeViolations(violations)}`);
  }
}

/**
 * Runs axe-core on `el` with the page in the light colour scheme, then in the dark one (set on its parent, as the
 * page's own `color-scheme` would be), and fails naming the scheme and every violation found in it.
 */
export async function expectAccessibleInBothSchemes(
  el: Element & { updateComplete?: Promise<unknown> },
): Promise<void> {
  const box = el.parentElement!;
  const before = box.style.colorScheme;
  try {
    for (const scheme of schemes) {
      box.style.colorScheme = scheme;
      await el.updateComplete;
      await expectNoAxeViolations(el, `${scheme} scheme`);
    }
  } finally {
    box.style.colorScheme = before;
  }
}
