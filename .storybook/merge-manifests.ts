// Merges the packages' Custom Elements Manifests into the one Storybook reads for its arg tables.

interface Named {
  name: string;
}
interface Member extends Named {
  kind: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration extends Named {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  superclass?: Named;
  members?: Member[];
  cssProperties?: Named[];
  cssParts?: Named[];
  events?: Named[];
}
interface Module {
  declarations?: Declaration[];
}
export interface Manifest {
  schemaVersion: string;
  modules: Module[];
}

const BASE_CLASS = 'PsyElement';

/** `PsySelfCheck` -> `psy-self-check`. */
const toTag = (className: string) => className.replace(/(?<!^)([A-Z])/g, '-$1').toLowerCase();

/** Items of `own` followed by the items of `inherited` whose name `own` does not have. */
const withInherited = <T extends Named>(own: T[] = [], inherited: T[] = []) => [
  ...own,
  ...inherited.filter((item) => !own.some((o) => o.name === item.name)),
];

/**
 * Merges the packages' manifests and completes each element's entry with what the analyzer cannot see across
 * packages: the theme tokens and parts inherited from PsyElement (in core), and the tag when it is registered through
 * `define()` rather than `customElements.define()`. Private, protected and static members are left out of arg tables,
 * and so is the analyzer's guess of an event named after emit()'s parameter: every real event is a `psy-*` event.
 */
export function mergeManifests(manifests: Manifest[]): Manifest {
  const modules = manifests.flatMap((m) => m.modules ?? []);
  const classes = new Map<string, Declaration>();
  for (const decl of modules.flatMap((m) => m.declarations ?? []))
    if (decl.kind === 'class') classes.set(decl.name, decl);

  const ancestors = (decl: Declaration): Declaration[] => {
    const chain: Declaration[] = [];
    for (let s = decl.superclass && classes.get(decl.superclass.name); s && !chain.includes(s);) {
      chain.push(s);
      s = s.superclass && classes.get(s.superclass.name);
    }
    return chain;
  };

  return {
    schemaVersion: manifests[0]?.schemaVersion ?? '1.0.0',
    modules: modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((decl) => {
        if (decl.kind !== 'class') return decl;
        const chain = ancestors(decl);
        const isPsyElement = chain.some((c) => c.name === BASE_CLASS);
        return {
          ...decl,
          tagName: decl.tagName ?? (isPsyElement ? toTag(decl.name) : undefined),
          customElement: decl.customElement || isPsyElement,
          members: decl.members?.filter((m) => (m.privacy ?? 'public') === 'public' && !m.static),
          events: decl.events?.filter((e) => e.name.startsWith('psy-')),
          cssProperties: chain.reduce((acc, c) => withInherited(acc, c.cssProperties), decl.cssProperties ?? []),
          cssParts: chain.reduce((acc, c) => withInherited(acc, c.cssParts), decl.cssParts ?? []),
        };
      }),
    })),
  };
}
