import type { ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost;

// Per element: lazily loaded work its content waits for (a content check), and work only its updateComplete waits for
// (a part that renders itself once loaded, such as a panel's element).
const holding = new WeakMap<Host, Set<Promise<void>>>();
const loading = new WeakMap<Host, Set<Promise<void>>>();

function add(map: WeakMap<Host, Set<Promise<void>>>, host: Host, work: Promise<unknown>): void {
  const set = map.get(host) ?? new Set();
  map.set(host, set);
  const tracked: Promise<void> = work
    .then(
      () => undefined,
      () => undefined,
    )
    .then(() => {
      set.delete(tracked);
      host.requestUpdate();
    });
  set.add(tracked);
}

const all = (set: Set<Promise<void>> | undefined) => (set?.size ? Promise.all(set) : undefined);

/** Holds back `host`'s content until `work` settles, then asks for a render; `updateComplete` waits for it. */
export const hold = (host: Host, work: Promise<unknown>): void => add(holding, host, work);

/** Makes `host`'s `updateComplete` wait for `work` too, without holding back its content. */
export const track = (host: Host, work: Promise<unknown>): void => add(loading, host, work);

/** What `host`'s content still waits for, if anything. */
export const pendingOf = (host: Host): Promise<unknown> | undefined => all(holding.get(host));

/** Everything `host` still waits for (its content, and parts loading), if anything. */
export const busyOf = (host: Host): Promise<unknown> | undefined => pendingOf(host) ?? all(loading.get(host));

/** Tasks waiting for an idle moment: each at most once, however many elements ask for it meanwhile. */
const idleTasks = new Set<() => unknown>();

/** Runs `task` once the browser is idle (or soon, where it cannot say), to fetch what a click will need. */
export function whenIdle(task: () => unknown): void {
  if (idleTasks.has(task)) return;
  idleTasks.add(task);
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: object) => number }).requestIdleCallback;
  // a failed prefetch is no error yet: whatever needs the part loads it again then
  const run = () => {
    idleTasks.delete(task);
    void Promise.resolve(task()).catch(() => undefined);
  };
  if (idle) idle(run, { timeout: 2000 });
  else setTimeout(run, 200);
}
