// Server-rendered widgets on a dark page (docs/server-rendering.md): a server cannot see the page's colours, so a page
// that says it is dark (`color-scheme: dark`) gets readable widgets from the first paint, which hydrate without
// moving; one that does not gets them once their script has run, with a surface of their own.
import '../../packages/psy-widgets/cdn/psy-widgets-hydrate.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { contrast, surfaceOf } from '../helpers/color.js';
import type { PsyElement } from '../../packages/core/src/psy-element.js';

const page = document.createElement('div');
const served = new Map<string, { box: DOMRect; contrast: number }>();
const byId = (id: string) => page.querySelector<PsyElement>(`#${id}`)!;

/** The contrast of the title's text with the dark page behind it. */
const titleContrast = (id: string) =>
  contrast(getComputedStyle(byId(id).shadowRoot!.querySelector('.title')!).color, 'rgb(18, 20, 24)');

before(async () => {
  const markup = '<psy-self-check region="GB"></psy-self-check>';
  const rendered = await executeServerCommand<string, object>('ssr-render', { markup, options: {} });
  page.style.background = 'rgb(18, 20, 24)';
  document.body.append(page);
  page.setHTMLUnsafe(
    `<div style="color-scheme: dark">${rendered.replace('<psy-self-check', '<psy-self-check id="declared"')}</div>` +
      rendered.replace('<psy-self-check', '<psy-self-check id="silent"'),
  );
  for (const id of ['declared', 'silent']) {
    served.set(id, { box: byId(id).getBoundingClientRect(), contrast: titleContrast(id) });
  }
  for (const id of ['declared', 'silent']) {
    await customElements.whenDefined('psy-self-check');
    await byId(id).updateComplete;
  }
});

describe('server-rendered widgets on a dark page', () => {
  it('read well from the first paint, and hydrate without moving, where the page declares color-scheme: dark', () => {
    expect(served.get('declared')!.contrast).to.be.at.least(4.5);
    expect(byId('declared').hasAttribute('psy-surface')).to.equal(false);
    const after = byId('declared').getBoundingClientRect();
    for (const side of ['x', 'y', 'width', 'height'] as const) {
      expect(after[side]).to.be.closeTo(served.get('declared')!.box[side], 0.5);
    }
  });

  it('paint a surface of their own once hydrated where it does not, as the docs say', () => {
    expect(served.get('silent')!.contrast).to.be.below(4.5);
    expect(byId('silent').hasAttribute('psy-surface')).to.equal(true);
    const title = byId('silent').shadowRoot!.querySelector('.title')!;
    expect(contrast(getComputedStyle(title).color, surfaceOf(byId('silent')))).to.be.at.least(4.5);
  });
});
