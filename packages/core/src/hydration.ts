import { LitElement } from 'lit';
import { PsyElement } from './psy-element.js';
import { settle, stampOf } from './settle.js';

// Hydration of server-rendered elements, installed by psy-widgets/ssr-client after Lit's hydrate support: pages
// without server-rendered widgets never load it. Without it, an element drops server-rendered DOM and renders fresh.

const waiting = new WeakSet<PsyElement>();

type Internals = { createRenderRoot(): HTMLElement | DocumentFragment; scheduleUpdate(): void | Promise<unknown> };

/**
 * Lets every psy-widgets element hydrate its server-rendered shadow root when the root is marked with the stamp this
 * copy would give it (same version, strings, content and region): the first update then waits until the element can
 * render all its text, so that it renders exactly what the server did. Any other root is dropped and rendered fresh,
 * so a stale snapshot never breaks the page.
 */
export function installHydration(): void {
  const proto = PsyElement.prototype as unknown as Internals & PsyElement;
  const { createRenderRoot, scheduleUpdate } = proto;
  proto.createRenderRoot = function (this: PsyElement & Internals) {
    const mark = this.shadowRoot?.firstChild as Comment | null | undefined;
    if (!mark || mark.data !== stampOf(this)) return createRenderRoot.call(this);
    waiting.add(this);
    return (LitElement.prototype as unknown as Internals).createRenderRoot.call(this); // Lit's hydrate support
  };
  proto.scheduleUpdate = function (this: PsyElement & Internals) {
    const update = () => scheduleUpdate.call(this);
    if (!waiting.delete(this)) return update();
    return settle(this).then(update, update);
  };
}
