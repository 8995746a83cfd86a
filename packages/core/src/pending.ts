import type { ReactiveControllerHost } from 'lit';

// Work (a lazy import, a validation) that an element's content waits for, per element.
const waiting = new WeakMap<ReactiveControllerHost, Set<Promise<unknown>>>();

/** Holds back `host`'s content until `work` settles, then asks for a render; `updateComplete` waits for it. */
export function hold(host: ReactiveControllerHost, work: Promise<unknown>): void {
  const set = waiting.get(host) ?? new Set();
  waiting.set(host, set);
  const done: Promise<void> = work.then(
    () => undefined,
    () => undefined,
  );
  const tracked = done.then(() => {
    set.delete(tracked);
    host.requestUpdate();
  });
  set.add(tracked);
}

/** What `host` is still waiting for, if anything. */
export function pendingOf(host: ReactiveControllerHost): Promise<unknown> | undefined {
  const set = waiting.get(host);
  return set?.size ? Promise.all(set) : undefined;
}

/** Runs `task` once the browser is idle (or soon, where it cannot say), to fetch what a click will need. */
export function whenIdle(task: () => unknown): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: object) => number }).requestIdleCallback;
  if (idle) idle(() => void task(), { timeout: 2000 });
  else setTimeout(() => void task(), 200);
}
