// What a page puts inside a widget's tag is its no-script fallback (scripts blocked, failed, or a browser below the
// baseline): tests/demo/stylesheet.test.ts checks it shows before the element is defined; here, that the widget
// hides it once upgraded, so a visitor never reads the fallback and the widget together.
import { expect, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../packages/psy-widgets/src/index.js';
import { mount } from '../helpers/mount.js';

describe('no-script fallback inside a widget', () => {
  for (const tag of ['psy-explainer', 'psy-compare', 'psy-self-check', 'psy-help-now']) {
    it(`<${tag}> hides the page's fallback once it has rendered`, async () => {
      const wrapper = await mount(html`<div></div>`);
      const el = document.createElement(tag) as LitElement;
      el.setAttribute('region', 'GB');
      el.innerHTML = '<p>Call <a href="tel:999">999</a> if a life is at risk.</p>';
      wrapper.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.textContent!.trim().length, 'the widget rendered').to.be.greaterThan(0);
      expect(el.querySelector('a')!.getClientRects().length, 'the fallback link is not shown').to.equal(0);
    });
  }
});
