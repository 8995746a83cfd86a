// Renders React elements into a real React 19 root on the test page, synchronously, and cleans up after each test.
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';

const mounted: { root: Root; container: HTMLElement }[] = [];

/** Renders `node`, and returns the container and a function to render something else into the same root. */
export function render(node: ReactNode): { container: HTMLElement; rerender: (next: ReactNode) => void } {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  mounted.push({ root, container });
  flushSync(() => root.render(node));
  return { container, rerender: (next) => flushSync(() => root.render(next)) };
}

/** Waits until an element and the Lit elements inside its shadow root have rendered. */
export async function settled<T extends HTMLElement & { updateComplete: Promise<boolean> }>(el: T): Promise<T> {
  await el.updateComplete;
  const inner = [...(el.shadowRoot?.querySelectorAll('*') ?? [])].filter((e) => 'updateComplete' in e);
  await Promise.all(inner.map((e) => (e as unknown as T).updateComplete));
  return el;
}

export function cleanup(): void {
  for (const { root, container } of mounted.splice(0)) {
    flushSync(() => root.unmount());
    container.remove();
  }
}
