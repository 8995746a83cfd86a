/**
 * Validating, merging and resolving content packs. Nothing here throws: every failure comes back as
 * a list of `ContentIssue`s that name the path, what was expected and what was found.
 */
import * as v from 'valibot';
import { ContentPackSchema, PartialContentPackSchema, type ContentPack, type PartialContentPack } from './schema.js';

export interface ContentIssue {
  /** Dot path into the pack, e.g. "therapies.psychodynamic.review.nextReview"; "" for the pack itself. */
  path: string;
  /** What the pack should hold there, in plain words. */
  expected: string;
  /** What it holds instead. */
  received: string;
  /** One plain sentence naming the path, what was found and what was expected. */
  message: string;
}

export type ParseResult<T> = { ok: true; pack: T } | { ok: false; issues: ContentIssue[] };

// ---------------------------------------------------------------------------------------------
// Issues in plain words
// ---------------------------------------------------------------------------------------------

const TYPE_WORDS: Record<string, string> = {
  string: 'text (a string)',
  number: 'a number',
  boolean: 'true or false',
  Object: 'an object',
  Array: 'a list',
  null: 'null',
  undefined: 'nothing',
};

/** valibot's `expected` ("(string | null)", "\"paragraph\" | \"list\"") in plain words. */
function describeExpected(expected: string | null): string {
  if (!expected) return 'a valid value';
  const parts = expected
    .replace(/^\((.*)\)$/, '$1')
    .split(' | ')
    .map((part) => TYPE_WORDS[part] ?? part);
  return parts.length > 1 ? `one of: ${parts.join(', ')}` : (parts[0] ?? 'a valid value');
}

/** A short, safe description of any value. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') {
    const keys = Object.keys(value).slice(0, 4);
    return keys.length ? `an object with ${keys.join(', ')}` : 'an empty object';
  }
  return `a ${typeof value}`;
}

type AnyIssue = v.BaseIssue<unknown>;

/** One valibot issue as a ContentIssue. */
export function toContentIssue(issue: AnyIssue): ContentIssue {
  const path = v.getDotPath(issue) ?? '';
  const origin = issue.path?.at(-1)?.origin;
  let expected: string;
  let received: string;
  if (origin === 'key' && issue.expected === 'never') {
    // a field the schema does not know
    expected = 'no field with this name (check the spelling)';
    received = `a field called ${describeValue(issue.input)}`;
  } else if (origin === 'key' && issue.input === undefined) {
    // a required field that is missing
    expected = 'a value here (this field is required)';
    received = 'nothing';
  } else if (origin === 'key') {
    // a record key of the wrong form
    expected = issue.kind === 'schema' ? describeExpected(issue.expected) : issue.message;
    received = `the key ${describeValue(issue.input)}`;
  } else if (issue.kind === 'schema' && issue.type === 'union') {
    expected = issue.message;
    received = describeValue(issue.input);
  } else if (issue.kind === 'schema') {
    expected = describeExpected(issue.expected);
    received = describeValue(issue.input);
  } else {
    // our own actions carry the expectation as their message
    expected = issue.message;
    received = describeValue(issue.input);
  }
  const where = path ? `"${path}"` : 'The content pack';
  return { path, expected, received, message: `${where}: expected ${expected}, but found ${received}.` };
}

function fail(issues: readonly AnyIssue[]): { ok: false; issues: ContentIssue[] } {
  return { ok: false, issues: issues.map(toContentIssue) };
}

function unreadable(error: unknown): { ok: false; issues: ContentIssue[] } {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    issues: [
      {
        path: '',
        expected: 'plain data (objects, lists, text and numbers)',
        received: `something that could not be read (${detail})`,
        message: `The content pack: expected plain data (objects, lists, text and numbers), but found something that could not be read (${detail}).`,
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

/** Checks a whole pack: its shape, its dates and thresholds, and that every reference resolves. */
export function parseContentPack(input: unknown): ParseResult<ContentPack> {
  try {
    const result = v.safeParse(ContentPackSchema, input);
    return result.success ? { ok: true, pack: result.output } : fail(result.issues);
  } catch (error) {
    return unreadable(error);
  }
}

/** Checks the shape of a partial pack (what a clinic passes to override or extend the defaults). */
export function parsePartialContentPack(input: unknown): ParseResult<PartialContentPack> {
  try {
    const result = v.safeParse(PartialContentPackSchema, input);
    return result.success ? { ok: true, pack: result.output } : fail(result.issues);
  } catch (error) {
    return unreadable(error);
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasId = (value: unknown): value is { id: string } => isPlainObject(value) && typeof value.id === 'string';

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function mergeValue(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (Array.isArray(override)) {
    // arrays of items with ids merge by id; any other array replaces
    if (Array.isArray(base) && base.length > 0 && base.every(hasId) && override.every(hasId)) {
      const result = [...base];
      for (const item of override) {
        const index = result.findIndex((existing) => existing.id === item.id);
        if (index === -1) result.push(item);
        else result[index] = item;
      }
      return result;
    }
    return override;
  }
  if (isPlainObject(override) && isPlainObject(base)) {
    const result: Record<string, unknown> = { ...base };
    for (const key of Object.keys(override)) {
      if (UNSAFE_KEYS.has(key)) continue;
      result[key] = mergeValue(base[key], override[key]);
    }
    return result;
  }
  return override;
}

/**
 * Deep merge: plain objects merge by key; arrays of objects with an `id` merge by id (same id
 * replaces, a new id is appended, so a clinic can add its own FAQ entries); other arrays and values
 * replace. Neither argument is changed.
 */
export function mergeContent(base: ContentPack, override: PartialContentPack): ContentPack {
  return mergeValue(base, override) as ContentPack;
}

/**
 * Checks `override` as a partial pack, merges it over `base`, and checks the result.
 * With no override, checks `base` alone. Never throws.
 */
export function resolveContent(base: ContentPack, override?: unknown): ParseResult<ContentPack> {
  if (override === undefined || override === null) return parseContentPack(base);
  const partial = parsePartialContentPack(override);
  if (!partial.ok) return partial;
  try {
    return parseContentPack(mergeContent(base, partial.pack));
  } catch (error) {
    return unreadable(error);
  }
}
