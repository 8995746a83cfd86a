import { VERSION } from './version.js';

const warned = new Set<string>();

type VersionedConstructor = CustomElementConstructor & { version?: string };

/**
 * Registers `tag` unless the page already has it. A page that loads psy-widgets twice (two script tags, or a widget
 * bundled into the site and the CDN file) keeps the first registration. When the first one came from another version,
 * one console warning says so, because the two copies may disagree.
 */
export function defineElement(tag: string, ctor: VersionedConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return; // not in a browser (server-side rendering, tooling)
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    try {
      registry.define(tag, ctor);
    } catch (error) {
      // e.g. the same class already registered under another tag: say so, never break the page
      console.warn(`[psy-widgets] <${tag}> could not be registered: ${(error as Error).message}`);
    }
    return;
  }
  if (existing === ctor || existing.version === VERSION || warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    `[psy-widgets] <${tag}> is already registered by ${existing.version ? `psy-widgets ${existing.version}` : 'another script'}, ` +
      `so this copy (${VERSION}) was not registered. Load one copy of psy-widgets per page to avoid mixing versions.`,
  );
}
