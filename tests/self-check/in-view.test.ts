import { expect, html } from '@open-wc/testing';
import { mount } from '../helpers/mount.js';
import { setViewport } from '@web/test-runner-commands';
import { isWebKit } from '../helpers/browser.js';
import { $, choose, click, defaultSet, focusOf, type PsySelfCheck, towardsPsychodynamic } from './helpers.js';

// WebKit's WebDriver launcher cannot set the viewport, and resizing its window under Xvfb takes keyboard focus from
// every later test file: there the page is narrowed to a phone's width instead, at the window's own height.
const phones = isWebKit
  ? [{ width: 375, height: undefined }]
  : [
      { width: 320, height: 568 },
      { width: 375, height: 667 },
      { width: 414, height: 896 },
    ];

/** The page's own sticky header, and the margin the page gives the self-check so that it stays clear of it. */
const siteHeader = 64;

/** A clinic page: a sticky header, text above the self-check and more below it, so every step has to scroll. */
async function page(width: number): Promise<PsySelfCheck> {
  const wrapper = await mount(
    html`<div style="max-width: ${width}px">
      <div style="position: sticky; top: 0; height: ${siteHeader}px; background: #eee; z-index: 1">Clinic</div>
      <div style="height: 1200px">About us</div>
      <psy-self-check region="GB" style="--psy-scroll-margin: ${siteHeader + 8}px"></psy-self-check>
      <div style="height: 2000px">Contact</div>
    </div>`,
  );
  const el = wrapper.querySelector('psy-self-check')!;
  await el.updateComplete;
  return el;
}

/** Fails unless the element is wholly inside the part of the viewport the sticky header leaves free. */
function expectInView(element: Element, what: string) {
  const box = element.getBoundingClientRect();
  expect(box.height, `${what} is showing`).to.be.greaterThan(0);
  expect(box.top, `${what}: top edge below the site header`).to.be.at.least(siteHeader);
  expect(box.bottom, `${what}: bottom edge inside the viewport`).to.be.at.most(innerHeight);
}

const urgent = (el: PsySelfCheck) => $(el, '[part="urgent"]')!;

/** Lets the browser finish any scrolling the step began. */
const settled = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('<psy-self-check> keeps urgent help in view on a phone', () => {
  afterEach(() => window.scrollTo(0, 0));
  after(() => !isWebKit && setViewport({ width: 800, height: 600 }));

  for (const size of phones) {
    it(`${size.width} × ${size.height ?? "the window's own height"}: after Start and every Next, on the result and the help screen`, async () => {
      if (size.height) await setViewport({ width: size.width, height: size.height });
      const el = await page(size.width);
      const answers = towardsPsychodynamic;
      await click(el, 'Start');
      for (let i = 0; i < defaultSet.questions.length; i++) {
        await settled();
        const step = `question ${i + 1}`;
        expectInView(urgent(el), `"I need help now" on ${step}`);
        expect(focusOf(el), step).to.equal('span#question');
        expectInView($(el, '#question')!, `the focused ${step}`);
        await choose(el, answers[i]!);
        window.scrollTo(0, 0); // the visitor scrolls away before going on
        await click(el, i + 1 < defaultSet.questions.length ? 'Next' : 'See my result');
      }
      await settled();
      expectInView(urgent(el), '"I need help now" on the result');
      expectInView($(el, '#result')!, 'the result heading');

      // the help screen after a crisis answer, reached from a page scrolled away
      await click(el, 'Start again');
      await click(el, 'Start');
      for (let i = 0; i < defaultSet.questions.length; i++) {
        await choose(el, i + 1 < defaultSet.questions.length ? answers[i]! : 'crisis');
        window.scrollTo(0, document.body.scrollHeight);
        await click(el, i + 1 < defaultSet.questions.length ? 'Next' : 'See my result');
        await settled();
        expectInView(urgent(el), `"I need help now" after question ${i + 1}`);
      }
      expect(focusOf(el)).to.equal('div#crisis');
      expectInView($(el, '#crisis')!, 'the help heading');
    });
  }
});
