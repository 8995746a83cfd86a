// The registry of elements (scripts/registry.mjs), as the packaging tests read it: the test runner serves the file
// like any other, so a widget added there is checked here too.

/** An element as the registry lists it (see scripts/registry.mjs for what each field means). */
export interface RegisteredElement {
  tag: string;
  className: string;
  /** Its workspace folder: `packages/<folder>`. */
  folder: string;
  /** The module under `src/` that declares its class. */
  module: string;
  events: string[];
  attrs: Record<string, string>;
  text?: string;
}

interface Registry {
  elements: RegisteredElement[];
  parts: { tag: string }[];
}

const registry = (await import(/* @vite-ignore */ new URL('/scripts/registry.mjs', location.origin).href)) as Registry;

/** Every element: the widgets, then the shared parts in core. */
export const elements = registry.elements;

/** The shared parts (in core), registered from `core/src/define/<tag>.ts`. */
export const parts = registry.parts;

/** The TypeScript source of an element's class, as the test runner serves it. */
export const classSource = (el: RegisteredElement): string =>
  new URL(`/packages/${el.folder}/src/${el.module.replace(/\.js$/, '.ts')}`, location.origin).href;
