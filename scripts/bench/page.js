// Runs inside the benchmark pages (served by scripts/bench.mjs). Plain browser JavaScript, no dependencies.

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Every element in `root`'s composed tree (through shadow roots), `root` included. */
function composedElements(root) {
  const found = [root];
  for (let i = 0; i < found.length; i++) {
    const el = found[i];
    if (el.shadowRoot) found.push(...el.shadowRoot.querySelectorAll('*'));
    found.push(...el.children);
  }
  return [...new Set(found)];
}

/** Resolves when `tag` is defined; fails after 5 seconds. */
function definedSoon(tag) {
  let timer;
  const late = new Promise((_, fail) => (timer = setTimeout(() => fail(new Error(`<${tag}> is not defined`)), 5000)));
  return Promise.race([customElements.whenDefined(tag), late]).finally(() => clearTimeout(timer));
}

/** Resolves once `el` and every Lit element inside it have finished rendering and the page has laid them out. */
export async function rendered(el) {
  // <psy-term> and <psy-help-now> register from their own files, a moment after the script that asks for them
  if (!customElements.get(el.localName)) await definedSoon(el.localName);
  let count = -1;
  for (let rounds = 0; rounds < 10; rounds++) {
    const elements = composedElements(el);
    await Promise.all(elements.map((e) => e.updateComplete).filter(Boolean));
    if (elements.length === count) break; // nothing new appeared: done
    count = elements.length;
  }
  el.getBoundingClientRect(); // style and layout
}

/** When the page first painted content (the browser's first-contentful-paint entry), in ms from navigation start. */
export function firstContentfulPaint() {
  return new Promise((found) => {
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (!entry) return;
      observer.disconnect();
      found(entry.startTime);
    }).observe({ type: 'paint', buffered: true });
  });
}

/**
 * Clicks the widget's first button (in its composed tree) and resolves once the widget has rendered what the click
 * changed. A widget without a button (<psy-help-now>'s numbers are links) is interactive once it has rendered.
 */
export async function clickFirstControl(el) {
  await rendered(el);
  const button = composedElements(el).find((e) => e.localName === 'button' && !e.disabled);
  if (!button) return;
  button.click();
  await rendered(el);
}

function create(tag, attrs) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

/** Median time from creating the element to its rendered, laid-out shadow tree, over `runs` mounts. */
export async function mountTimes(tag, attrs, runs) {
  const times = [];
  for (let i = 0; i < runs + 3; i++) {
    const el = create(tag, attrs);
    const t0 = performance.now();
    document.body.append(el);
    await rendered(el);
    const t = performance.now() - t0;
    if (i >= 3) times.push(t); // the first mounts prepare templates and style sheets once per page
    el.remove();
  }
  return median(times);
}

const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const voids = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));

/** The element as static HTML: its shadow trees as declarative shadow DOM, with their style sheets inlined. */
export function serialize(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    return node.parentNode?.localName === 'style' ? node.data : escapeText(node.data);
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return ''; // Lit's comment markers
  const tag = node.localName;
  const attrs = [...node.attributes].map((a) => ` ${a.name}="${escapeAttr(a.value)}"`).join('');
  if (voids.has(tag)) return `<${tag}${attrs}>`;
  let inner = '';
  const shadow = node.shadowRoot;
  if (shadow) {
    const css = shadow.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n');
    inner += `<template shadowrootmode="open"><style>${css}</style>`;
    inner += [...shadow.childNodes].map(serialize).join('') + '</template>';
  }
  inner += [...node.childNodes].map(serialize).join('');
  return `<${tag}${attrs}>${inner}</${tag}>`;
}

/** The rendered widget's HTML, for the static comparison. */
export async function renderedHtml(tag, attrs) {
  const el = create(tag, attrs);
  document.body.append(el);
  await rendered(el);
  const out = serialize(el);
  el.remove();
  return out;
}

/** Median time to parse and lay out the same DOM from static HTML (in a page without the widgets' script). */
export function staticTimes(markup, runs) {
  const times = [];
  for (let i = 0; i < runs + 3; i++) {
    const box = document.createElement('div');
    const t0 = performance.now();
    box.setHTMLUnsafe(markup); // parses the declarative shadow roots
    document.body.append(box);
    box.getBoundingClientRect();
    const t = performance.now() - t0;
    if (i >= 3) times.push(t);
    box.remove();
  }
  return median(times);
}

/** Mounts, renders and removes the element `cycles` times (the caller measures the heap around this). */
export async function cycle(tag, attrs, cycles) {
  for (let i = 0; i < cycles; i++) {
    const el = create(tag, attrs);
    document.body.append(el);
    await rendered(el);
    el.remove();
  }
}

/**
 * Median time of a self-check step: from a click on Next to the next question rendered. Each round starts a fresh
 * self-check, answers each question with its first option and goes on, until the result.
 */
export async function stepTimes(rounds) {
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const el = create('psy-self-check', {});
    document.body.append(el);
    await rendered(el);
    const $ = (selector) => el.shadowRoot.querySelector(selector);
    $('[part=start]').click();
    await rendered(el);
    while ($('input[type=radio]')) {
      $('input[type=radio]').click();
      await rendered(el);
      const question = $('legend')?.textContent;
      const t0 = performance.now();
      $('button[type=submit]').click();
      await rendered(el);
      const t = performance.now() - t0;
      if (!$('legend')) break; // the result, not a question
      if ($('legend').textContent === question) throw new Error('Next did not move on');
      times.push(t);
    }
    el.remove();
  }
  return { median: median(times), steps: times.length };
}
