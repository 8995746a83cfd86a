// Each package's custom-elements.json (what editors, Storybook and the JSX types read) is checked against the elements
// themselves, for every element in the registry: their attributes and properties, the events they fire with a typed
// detail, the slots and parts they render (inherited ones included), the CSS custom properties their styles read, and
// modules that are published.
// Needs `npm run build` (npm test builds first).
import { expect, fixture } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { CSSResultGroup, CSSResultOrNative, LitElement } from 'lit';
import '../../packages/psy-widgets/src/index.js';
import { elements, parts } from './registry.js';

interface Named {
  name: string;
  inheritedFrom?: { name: string; package?: string };
}
interface Declaration extends Named {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: (Named & { fieldName?: string })[];
  members?: (Named & { kind: string; privacy?: string; static?: boolean })[];
  events?: (Named & { type?: { text: string } })[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: (Named & { description?: string; default?: string })[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string }[] }[];
}

const manifestOf = async (pkg: string): Promise<Manifest> =>
  (await (await fetch(`/packages/${pkg}/custom-elements.json`)).json()) as Manifest;

/** The names of the `--psy-*` custom properties an element's styles read or set. */
function customProperties(styles: CSSResultGroup | undefined): Set<string> {
  const names = new Set<string>();
  const visit = (group: CSSResultGroup | CSSResultOrNative | undefined): void => {
    if (!group) return;
    if (Array.isArray(group)) return group.forEach(visit);
    const text =
      'cssText' in group ? group.cssText : [...(group as CSSStyleSheet).cssRules].map((r) => r.cssText).join('');
    for (const [name] of text.matchAll(/--psy-[a-z0-9-]+/g)) names.add(name);
  };
  visit(styles);
  return names;
}

const names = (list: Named[] | undefined) => (list ?? []).map((item) => item.name);

describe('custom elements manifests', () => {
  // the shared parts register from their own files, which the umbrella loads later
  before(() =>
    Promise.all(
      parts.map(
        (part) => import(/* @vite-ignore */ new URL(`/packages/core/src/define/${part.tag}.ts`, location.origin).href),
      ),
    ),
  );

  for (const { folder: pkg, tag, events } of elements) {
    describe(`<${tag}> in @psy-widgets/${pkg}`, () => {
      let declaration: Declaration;
      let manifest: Manifest;
      before(async () => {
        manifest = await manifestOf(pkg);
        declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)!;
        expect(declaration, `<${tag}> in ${pkg}`).to.exist;
      });

      it('lists the attributes the element observes, and its public properties', () => {
        const element = customElements.get(tag) as unknown as typeof LitElement;
        const observed = element.observedAttributes;
        expect(names(declaration.attributes).sort()).to.deep.equal([...observed].sort());
        const properties = [...element.elementProperties]
          .filter(([, options]) => !options.state)
          .map(([name]) => String(name));
        const members = names(declaration.members?.filter((m) => m.kind === 'field' && m.privacy !== 'private'));
        expect(members).to.include.members(properties);
      });

      it('lists the events it fires, each with the type of its detail', () => {
        expect(names(declaration.events)).to.deep.equal(events);
        for (const event of declaration.events ?? []) expect(event.type?.text, event.name).to.match(/^CustomEvent<\{/);
      });

      it('lists every slot and part it renders, the inherited problem part included', async () => {
        const element = await fixture<LitElement>(
          staticHtml`<${unsafeStatic(tag)} term="transference">t</${unsafeStatic(tag)}>`,
        );
        await element.updateComplete;
        const root = element.shadowRoot!;
        const rendered = [...root.querySelectorAll('[part]')].flatMap((el) => el.getAttribute('part')!.split(/\s+/));
        expect(rendered.length, 'parts rendered').to.be.above(0);
        expect(names(declaration.cssParts)).to.include.members([...new Set(rendered), 'problem']);
        const problem = declaration.cssParts!.find((part) => part.name === 'problem')!;
        if (pkg !== 'core') expect(problem.inheritedFrom?.package).to.equal('@psy-widgets/core');
        const slots = [...root.querySelectorAll('slot[name]')].map((slot) => slot.getAttribute('name')!);
        expect(names(declaration.slots)).to.include.members(slots);
      });

      it('lists every --psy-* custom property its styles use, with a description', () => {
        const element = customElements.get(tag) as unknown as typeof LitElement;
        const used = customProperties(element.elementStyles);
        expect(used.size).to.be.above(10);
        expect(names(declaration.cssProperties)).to.include.members([...used]);
        for (const property of declaration.cssProperties ?? []) expect(property.description, property.name).to.be.ok;
      });

      it('names only published modules', async () => {
        for (const module of manifest.modules) {
          expect(module.path, module.path).to.match(/^dist\/.*\.js$/);
          const response = await fetch(`/packages/${pkg}/${module.path}`, { method: 'HEAD' });
          expect(response.ok, `${pkg}/${module.path}`).to.equal(true);
        }
      });
    });
  }

  it('the umbrella package references every element', async () => {
    const index = (await manifestOf('psy-widgets')).modules.find((m) => m.path === 'dist/index.js')!;
    const defined = (index.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name);
    expect(defined.sort()).to.deep.equal(elements.map(({ tag }) => tag).sort());
  });
});
