// Each package's custom-elements.json (what editors, Storybook and the JSX types read) names every element's tag and
// only the events it really fires. Needs `npm run build` (npm test builds first).
import { expect } from '@open-wc/testing';

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  events?: { name: string }[];
}

async function elementsOf(pkg: string): Promise<Declaration[]> {
  const response = await fetch(`/packages/${pkg}/custom-elements.json`);
  const manifest = (await response.json()) as { modules: { declarations?: Declaration[] }[] };
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
}

describe('custom elements manifests', () => {
  const expected: [string, string, string[]][] = [
    ['core', 'psy-term', []],
    ['core', 'psy-help-now', []],
    ['explainer', 'psy-explainer', ['psy-toggle']],
    ['compare', 'psy-compare', []],
    ['self-check', 'psy-self-check', ['psy-start', 'psy-step', 'psy-complete', 'psy-crisis']],
  ];
  for (const [pkg, tag, events] of expected) {
    it(`lists <${tag}> in @psy-widgets/${pkg}, with the events it fires`, async () => {
      const element = (await elementsOf(pkg)).find((d) => d.tagName === tag);
      expect(element, `<${tag}> in ${pkg}`).to.exist;
      expect((element!.events ?? []).map((e) => e.name)).to.deep.equal(events);
    });
  }
});
