import { pendingOf } from './pending.js';
import type { InputProblem, PsyElement } from './psy-element.js';
import { VERSION } from './version.js';

// For server rendering (psy-widgets/ssr) and the hydration of it (hydration.ts) only: no widget's first load holds it.

type Inside = PsyElement & {
  validate(): InputProblem[];
  willUpdate(changed: Map<PropertyKey, unknown>): void;
  strings: object;
  content?: unknown;
  effectiveRegion?: string;
};

/**
 * Waits until `element` can render all of its text (lazily loaded text, a clinic's content checked, what its class
 * preloads), so that a server render, and the hydration of it, render the same thing. Returns the input problems.
 */
export async function settle(element: PsyElement): Promise<InputProblem[]> {
  const { preload, elementProperties } = element.constructor as typeof PsyElement;
  await preload?.().catch(() => undefined);
  // what a first update asks for (each element requests its lazily loaded text in willUpdate(), all properties new)
  (element as Inside).willUpdate(new Map([...elementProperties.keys()].map((key) => [key, undefined])));
  for (let round = 0; ; round++) {
    const problems = (element as Inside).validate();
    const pending = pendingOf(element);
    if (!pending || round > 8) return problems;
    await pending;
  }
}

/**
 * A server render marks each element's shadow root with a comment, `<!--psy-ssr STAMP-->`: the psy-widgets version
 * and a digest of what the render depended on (the strings, a clinic's content, the region of an urgent-help panel,
 * which a browser may find from the time zone), FNV-1a over their JSON (short, and the same in every engine). Lit's
 * hydration passes over the comment; a browser whose own stamp differs renders fresh instead of hydrating.
 */
export function stampOf(element: PsyElement): string {
  const { strings, content, effectiveRegion } = element as Inside;
  const text = JSON.stringify([strings, content, effectiveRegion]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `psy-ssr ${VERSION} ${(hash >>> 0).toString(36)}`;
}
