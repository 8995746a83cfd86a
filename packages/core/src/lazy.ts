/** A part that loads later, with `import()`, so it does not hold up a widget's first render. */
export interface Lazy<T> {
  /** What loaded, once it has. */
  readonly value: T | undefined;
  /** True when the last attempt failed and no other is under way: the element shows its fallback. */
  readonly failed: boolean;
  /** Why the last attempt failed, for messages. */
  readonly error: unknown;
  /**
   * Requests the part: the attempt under way (or the loaded part) if there is one, else a new attempt, also after a
   * failure. The promise never rejects: it gives `undefined` when the part did not load. Call it on a request (an
   * element's first update, a press, a new property value), never on every render: a render reads `value` and
   * `failed`.
   */
  readonly load: () => Promise<T | undefined>;
}

/**
 * One loader, and one failure rule, for every lazily loaded part: `lazy(() => import('./part.js'))`. A failed load
 * sets `failed`, so the element shows its fallback, and warns in the page's console when `warning` says what shows
 * instead. Nothing retries by itself: the next request does, so a failure never loops through renders.
 */
export function lazy<T>(importer: () => Promise<T>, warning?: string): Lazy<T> {
  let attempt: Promise<T | undefined> | undefined;
  const part = {
    failed: false,
    load: () =>
      (attempt ??= ((part.failed = false), importer()).then<T, undefined>(
        (value: T) => (part.value = value),
        (error: unknown) => {
          attempt = undefined;
          part.failed = true;
          part.error = error;
          if (warning) console.warn(`[psy-widgets] ${warning}: ${(error as Error)?.message ?? error}`);
          return undefined;
        },
      )),
  } as { -readonly [K in keyof Lazy<T>]: Lazy<T>[K] };
  return part;
}
