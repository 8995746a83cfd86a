// Server-rendered widgets in a browser: rendered by the real psy-widgets/ssr (tests/plugins/ssr-render.mjs), then
// hydrated by the CDN file a rendered page loads (cdn/psy-widgets-hydrate.js, built by `npm run build`): Lit hydrates
// only the very templates the server rendered, so this test uses the built files on both sides, not the sources.
import '../../packages/psy-widgets/cdn/psy-widgets-hydrate.js';
import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { snapshot } from '../helpers/dom-snapshot.js';
import type { PsyElement } from '../../packages/core/src/psy-element.js';

// the self-check's flow, by its visible controls (its test helpers would load the sources)
const button = (el: Element, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;
const towardsPsychodynamic = ['me', 'a-lot', 'past', 'support', 'understand', 'longer', 'steady'];
async function answerAll(el: PsyElement, options: readonly string[]): Promise<void> {
  button(el, 'Start').click();
  await el.updateComplete;
  for (const [i, option] of options.entries()) {
    const input = [...el.shadowRoot!.querySelectorAll('input')].find((found) => found.value === option)!;
    input.closest('label')!.click();
    await el.updateComplete;
    button(el, i + 1 < options.length ? 'Next' : 'See my result').click();
    await el.updateComplete;
  }
}

type Fixture = { id: string; markup: string; options?: object; stale?: boolean };

const fixtures: Fixture[] = [
  { id: 'explainer', markup: '<psy-explainer id="explainer"></psy-explainer>' },
  { id: 'cbt', markup: '<psy-explainer id="cbt" therapy="cbt" layout="accordion"></psy-explainer>' },
  { id: 'compare', markup: '<psy-compare id="compare"></psy-compare>' },
  { id: 'check', markup: '<psy-self-check id="check" region="GB"></psy-self-check>' },
  { id: 'help', markup: '<psy-help-now id="help" region="IE"></psy-help-now>' },
  { id: 'term', markup: '<p>About <psy-term id="term" term="transference">transference</psy-term>.</p>' },
  // rendered from inputs this page does not share: another release, and a clinic's content the page does not set
  { id: 'old', markup: '<psy-explainer id="old"></psy-explainer>', stale: true },
  {
    id: 'other-content',
    markup: '<psy-explainer id="other-content"></psy-explainer>',
    options: { content: { therapies: { psychodynamic: { name: 'Psychodynamic psychotherapy' } } } },
  },
];

const hydrated = fixtures.filter(({ stale, options }) => !stale && !options);
const page = document.createElement('div');
const problems: string[] = [];
const boxes = new Map<string, DOMRect>();
const serverText = new Map<string, string>();
const byId = <T extends HTMLElement = PsyElement>(id: string) => page.querySelector<T>(`#${id}`)!;

/** Everything a widget and its nested widgets wait for. */
async function settled(el: Element): Promise<void> {
  await customElements.whenDefined(el.localName);
  await (el as PsyElement).updateComplete;
  for (const inner of el.shadowRoot!.querySelectorAll<PsyElement>('psy-term, psy-help-now')) {
    await customElements.whenDefined(inner.localName);
    await inner.updateComplete;
  }
}

/** The same element rendered in the browser alone, for comparison. */
async function clientRender(markup: string): Promise<Element> {
  const holder = document.createElement('div');
  holder.innerHTML = markup.replace(/ id="[^"]*"/, '');
  document.body.append(holder);
  const el = holder.querySelector('[therapy], psy-explainer, psy-compare, psy-self-check, psy-help-now, psy-term')!;
  await settled(el);
  return el;
}

before(async () => {
  const html: string[] = [];
  for (const { markup, options, stale } of fixtures) {
    const rendered = await executeServerCommand<string, object>('ssr-render', { markup, options });
    html.push(stale ? rendered.replace(/<!--psy-ssr \S+ /, '<!--psy-ssr 0.0.0-older ') : rendered);
  }
  const original = { error: console.error, warn: console.warn };
  console.error = (...args: unknown[]) => (problems.push(args.join(' ')), original.error(...args));
  console.warn = (...args: unknown[]) => (problems.push(args.join(' ')), original.warn(...args));
  addEventListener('error', (event) => problems.push(event.message));
  addEventListener('unhandledrejection', (event) => problems.push(String(event.reason)));
  document.body.append(page);
  // parsed as a page's HTML is, declarative shadow roots included
  page.setHTMLUnsafe(html.join('\n'));
  // before hydration (it waits at least a microtask): what the server sent
  for (const { id } of fixtures) {
    boxes.set(id, byId(id).getBoundingClientRect());
    serverText.set(id, byId(id).shadowRoot!.textContent!);
  }
  for (const { id } of fixtures) await settled(byId(id));
});

describe('server-rendered widgets hydrate', () => {
  it('arrive with their text before any script has run', () => {
    expect(serverText.get('explainer')).to.contain('Psychodynamic therapy is a talking therapy');
    expect(serverText.get('cbt')).to.contain('Cognitive behavioural therapy (CBT)');
    expect(serverText.get('check')).to.contain('I need help now');
    expect(serverText.get('help')).to.contain('Samaritans');
  });

  for (const { id, markup } of hydrated) {
    it(`${id}: the hydrated DOM is what a client render shows, and its server DOM was kept`, async () => {
      const el = byId(id);
      expect(el.hasAttribute('defer-hydration')).to.equal(false);
      // hydration keeps the server's nodes (its <style> included); a fresh render would have replaced them
      expect(el.shadowRoot!.querySelector('style')).to.exist;
      const client = await clientRender(markup);
      expect(snapshot(el.shadowRoot!)).to.equal(snapshot(client.shadowRoot!));
      client.parentElement!.remove();
    });

    it(`${id}: does not move or change size`, () => {
      const before = boxes.get(id)!;
      const after = byId(id).getBoundingClientRect();
      for (const side of ['x', 'y', 'width', 'height'] as const) expect(after[side]).to.be.closeTo(before[side], 0.5);
    });
  }

  it('with no console error or warning, and no uncaught error', () => {
    expect(problems).to.deep.equal([]);
  });
});

describe('a snapshot rendered from other inputs renders fresh', () => {
  for (const id of ['old', 'other-content']) {
    it(`${id}: drops the server DOM and shows this page's own render`, async () => {
      const el = byId(id);
      expect(el.shadowRoot!.querySelector('style')).to.equal(null);
      expect(el.shadowRoot!.innerHTML).not.to.contain('psy-ssr');
      const client = await clientRender('<psy-explainer></psy-explainer>');
      expect(snapshot(el.shadowRoot!)).to.equal(snapshot(client.shadowRoot!));
      expect(el.shadowRoot!.textContent).not.to.contain('Psychodynamic psychotherapy');
      client.parentElement!.remove();
    });
  }
});

describe('after hydration, everything works', () => {
  it('opens an accordion section from its heading', async () => {
    const el = byId('cbt');
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-controls="psy-principles-panel"]')!;
    const panel = el.shadowRoot!.querySelector<HTMLElement>('#psy-principles-panel')!;
    expect(panel.hidden).to.equal(true);
    const toggled = oneEvent(el, 'psy-toggle');
    toggle.click();
    expect((await toggled).detail).to.deep.equal({ section: 'principles', open: true });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('opens the section a deep link names', async () => {
    const el = byId('cbt');
    location.hash = '#psy-techniques';
    await new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
    await el.updateComplete;
    const panel = el.shadowRoot!.querySelector<HTMLElement>('#psy-techniques-panel')!;
    expect(panel.hidden).to.equal(false);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('opens a glossary definition, in the page and inside the explainer', async () => {
    for (const term of [byId('term'), byId('explainer').shadowRoot!.querySelector<PsyElement>('psy-term')!]) {
      const tooltip = term.shadowRoot!.querySelector<HTMLElement>('[role="tooltip"]')!;
      expect(tooltip.hidden).to.equal(true);
      term.shadowRoot!.querySelector('button')!.click();
      await term.updateComplete;
      expect(tooltip.hidden).to.equal(false);
      expect(tooltip.textContent!.trim()).not.to.equal('');
      (term as unknown as { close(): void }).close();
      await term.updateComplete;
    }
  });

  it('shows urgent help from the self-check, then goes through the whole check', async () => {
    const el = byId('check');
    const crisis = oneEvent(el, 'psy-crisis');
    button(el, 'I need help now').click();
    expect((await crisis).detail).to.deep.equal({ region: 'GB' });
    await el.updateComplete;
    const help = el.shadowRoot!.querySelector<PsyElement>('[part="help"] psy-help-now')!;
    await help.updateComplete;
    expect(help.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('tel:999');
    await answerAll(el, towardsPsychodynamic);
    expect(el.shadowRoot!.querySelector('#result')).to.exist;
  });

  it('shows the urgent-help panel with links to call', () => {
    const links = [...byId('help').shadowRoot!.querySelectorAll('a[href^="tel:"]')];
    expect(links.map((a) => a.getAttribute('href'))).to.include('tel:116123');
  });
});
