import type { ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost;

// Per element: lazily loaded work its content waits for (a content check), and work only its updateComplete waits for
// (a part that renders itself once loaded, such as a panel's element). Keyed by the work, so the same promise handed
// over twice is waited for once.
type Waiting = Map<Promise<unknown>, Promise<void>>;
const holding = new WeakMap<Host, Waiting>();
const loading = new WeakMap<Host, Waiting>();

function add(map: WeakMap<Host, Waiting>, host: Host, work: Promise<unknown>, rerender = true): void {
  const waiting = map.get(host) ?? new Map();
  map.set(host, waiting);
  if (waiting.has(work)) return;
  const settled = () => {
    waiting.delete(work);
    if (rerender) host.requestUpdate();
  };
  waiting.set(work, work.then(settled, settled));
}

const all = (waiting: Waiting | undefined) => (waiting?.size ? Promise.all(waiting.values()) : undefined);

/** Holds back `host`'s content until `work` settles, then asks for a render; `updateComplete` waits for it. */
export const hold = (host: Host, work: Promise<unknown>): void => add(holding, host, work);

/** Makes `host`'s `updateComplete` wait for `work` too, without holding back its content. */
export const track = (host: Host, work: Promise<unknown>): void => add(loading, host, work);

/** Makes `host`'s `updateComplete` wait for `work`, which finishes a render and needs no render after it. */
export const finish = (host: Host, work: Promise<unknown>): void => add(loading, host, work, false);

/** What `host`'s content still waits for, if anything. */
export const pendingOf = (host: Host): Promise<unknown> | undefined => all(holding.get(host));

/** Everything `host` still waits for (its content, parts loading, a render's last touches), if anything. */
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
