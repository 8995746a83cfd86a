import type { InputProblem } from './psy-element.js';

/**
 * Checks a `heading-level` against the levels an element's outline has room for: each element nests headings below
 * its top one (sections, answers, helplines), so the deepest must still be a heading level a screen reader knows.
 */
export function headingLevelProblem(
  element: Element,
  level: number,
  [lowest, highest]: readonly [number, number],
): InputProblem | undefined {
  if (Number.isInteger(level) && level >= lowest && level <= highest) return undefined;
  return {
    name: 'heading-level',
    received: element.getAttribute('heading-level') ?? level,
    expected: `a whole number from ${lowest} to ${highest}`,
  };
}

/** A heading level to render even when `heading-level` was not accepted: a whole number from 1 to `highest`. */
export const clampLevel = (level: number, highest: number): number =>
  Math.min(Math.max(Math.trunc(level) || 2, 1), highest);
