// Storybook's arg tables read one manifest merged from the packages' manifests. What a reader of the docs notices:
// every element is found by its tag, lists the theme tokens and parts it inherits from core, and no internals.
import { expect } from '@open-wc/testing';
import { mergeManifests, type Manifest } from '../../.storybook/merge-manifests.js';

const core: Manifest = {
  schemaVersion: '2.1.0',
  modules: [
    {
      declarations: [
        {
          kind: 'class',
          name: 'PsyElement',
          superclass: { name: 'LitElement' },
          cssProperties: [{ name: '--psy-brand' }, { name: '--psy-radius' }],
          cssParts: [{ name: 'problem' }],
          events: [{ name: 'type' }],
          members: [{ kind: 'method', name: 'emit', privacy: 'protected' }],
        },
      ],
    },
  ],
};
const widget: Manifest = {
  schemaVersion: '2.1.0',
  modules: [
    {
      declarations: [
        {
          kind: 'class',
          name: 'PsySelfCheck',
          superclass: { name: 'PsyElement' },
          cssProperties: [{ name: '--psy-radius' }, { name: '--psy-scroll-margin' }],
          cssParts: [{ name: 'intro' }],
          events: [{ name: 'psy-start' }],
          members: [
            { kind: 'field', name: 'therapy' },
            { kind: 'field', name: 'answers', privacy: 'private' },
            { kind: 'field', name: 'version', static: true },
          ],
        },
      ],
    },
  ],
};

describe('Storybook manifest', () => {
  const merged = mergeManifests([core, widget]);
  const selfCheck = merged.modules[1]!.declarations![0]!;

  it('finds an element registered with define() by its tag', () => {
    expect(selfCheck.tagName).to.equal('psy-self-check');
    expect(selfCheck.customElement).to.be.true;
    expect(merged.modules[0]!.declarations![0]!.tagName).to.equal(undefined);
  });

  it('lists the theme tokens and parts inherited from core once each, its own first', () => {
    expect(selfCheck.cssProperties!.map((p) => p.name)).to.deep.equal([
      '--psy-radius',
      '--psy-scroll-margin',
      '--psy-brand',
    ]);
    expect(selfCheck.cssParts!.map((p) => p.name)).to.deep.equal(['intro', 'problem']);
  });

  it('leaves out private and static members and events that are not psy-* events', () => {
    expect(selfCheck.members!.map((m) => m.name)).to.deep.equal(['therapy']);
    expect(selfCheck.events!.map((e) => e.name)).to.deep.equal(['psy-start']);
    expect(merged.modules[0]!.declarations![0]!.events).to.deep.equal([]);
  });
});
