// psy-widgets/ssr in Node: every element server-renders to declarative shadow DOM with its text, the options are
// honoured, and bad input fails with a PsyRenderError. Run after `npm run build` (it renders the published dist/).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HYDRATE_SCRIPT, PsyRenderError, render, renderElement } from 'psy-widgets/ssr';

/** What a reader would see: the text of the rendered HTML, without styles, tags or Lit's markers. */
const textOf = (html) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ');

/** The opening tag of the first `tag` element. */
const openingTag = (html, tag) => html.match(new RegExp(`<${tag}\\b[^>]*>`))?.[0] ?? '';

const dsd = '<template shadowroot="open" shadowrootmode="open">';

describe('render(): every element, to declarative shadow DOM', () => {
  it('renders the explainer (psychodynamic by default) with its sections and sources', async () => {
    const html = await render('<psy-explainer></psy-explainer>', { script: false });
    assert.ok(html.startsWith(`<psy-explainer`) && html.includes(dsd));
    const text = textOf(html);
    assert.match(text, /Psychodynamic therapy is a talking therapy/);
    assert.match(text, /Core ideas/);
    // the sources load lazily in a browser: a server render has them
    assert.match(text, /Professional body/);
    // glossary words are rendered <psy-term>s, deferred until their host hydrates
    assert.match(html, /<psy-term\s+term="[a-z-]+" defer-hydration>/);
  });

  it('renders the explainer for CBT, whose text a browser loads on request', async () => {
    const html = await render('<psy-explainer therapy="cbt" layout="accordion"></psy-explainer>', { script: false });
    const text = textOf(html);
    assert.match(text, /Cognitive behavioural therapy \(CBT\)/);
    assert.doesNotMatch(html, /aria-busy="true"/);
    assert.match(html, /aria-expanded="false"[^>]*aria-controls="psy-principles-panel"/);
  });

  it('renders the comparison', async () => {
    const text = textOf(await render('<psy-compare></psy-compare>', { script: false }));
    assert.match(text, /Cognitive behavioural therapy \(CBT\) and Psychodynamic therapy compared/);
    assert.match(text, /Main focus/);
  });

  it('renders the self-check with its urgent-help link', async () => {
    const text = textOf(await render('<psy-self-check region="GB"></psy-self-check>', { script: false }));
    assert.match(text, /Might psychodynamic therapy suit me\?/);
    assert.match(text, /I need help now/);
    assert.match(text, /not a diagnosis/);
  });

  it('renders the urgent-help panel of a region', async () => {
    const html = await render('<psy-help-now region="IE"></psy-help-now>', { script: false });
    assert.match(textOf(html), /Services in Ireland .*Samaritans .*116 123/);
    assert.match(html, /href="tel:116123"/);
  });

  it('renders a glossary term with its definition', async () => {
    const html = await render('<p>About <psy-term term="transference">transference</psy-term>.</p>', { script: false });
    assert.match(textOf(html), /When feelings from a close bond in the past/);
    assert.match(html, /role="tooltip"/);
    assert.ok(html.startsWith('<p>About <psy-term'));
  });

  it('renders several elements and leaves the rest of the markup as it was', async () => {
    const page = '<!doctype html><html lang="en"><head><title>Our approach</title></head><body><h1>Hi</h1>';
    const html = await render(`${page}<psy-explainer></psy-explainer><psy-compare></psy-compare></body></html>`);
    assert.ok(html.startsWith(page));
    assert.equal(html.split(dsd).length - 1 >= 2, true);
    assert.ok(html.endsWith(`<script type="module" src="${HYDRATE_SCRIPT}"></script>\n</body></html>`));
  });

  it('stamps each shadow root with the version and inputs it was rendered from', async () => {
    const plain = await render('<psy-help-now region="GB"></psy-help-now>', { script: false });
    const other = await render('<psy-help-now region="IE"></psy-help-now>', { script: false });
    const stamp = (html) => html.match(/<!--psy-ssr ([^>]*)-->/)?.[1];
    assert.match(stamp(plain), /^\d+\.\d+\.\d+ [0-9a-z]+$/);
    assert.notEqual(stamp(plain), stamp(other));
  });
});

describe('render(): options', () => {
  it("merges a clinic's content over the default content", async () => {
    const content = { therapies: { psychodynamic: { name: 'Psychodynamic psychotherapy' } } };
    const html = await render('<psy-explainer></psy-explainer>', { content, script: false });
    assert.match(textOf(html), /^ ?Psychodynamic psychotherapy /);
  });

  it('uses the strings table and lang, and writes lang on the element so the page agrees', async () => {
    const html = await render('<psy-explainer></psy-explainer>', {
      lang: 'cy',
      strings: { explainerFaq: 'Cwestiynau cyffredin' },
      script: false,
    });
    assert.match(openingTag(html, 'psy-explainer'), /lang="cy"/);
    assert.match(textOf(html), /Cwestiynau cyffredin/);
  });

  it("keeps an element's own lang and region over the options", async () => {
    const html = await render('<psy-help-now region="IE" lang="en-IE"></psy-help-now>', {
      region: 'GB',
      lang: 'en-GB',
      script: false,
    });
    assert.match(openingTag(html, 'psy-help-now'), /region="IE" lang="en-IE"/);
    assert.match(textOf(html), /Services in Ireland/);
  });

  it('gives the region option to the urgent-help panel', async () => {
    const html = await render('<psy-help-now></psy-help-now>', { region: 'GB-SCT', script: false });
    assert.match(openingTag(html, 'psy-help-now'), /region="GB-SCT"/);
    assert.match(textOf(html), /Scotland/);
  });

  it("writes the explainer's JSON-LD when asked, and only then", async () => {
    const html = await render('<psy-explainer therapy="cbt"><a slot="cta" href="/book">Book</a></psy-explainer>', {
      structuredData: true,
      script: false,
    });
    const json = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script><\/psy-explainer>$/)?.[1];
    assert.ok(json, "the JSON-LD is the last thing in the explainer's light DOM");
    const data = JSON.parse(json);
    assert.equal(data[0]['@type'], 'MedicalWebPage');
    assert.match(data[0].name, /Cognitive behavioural therapy/);
    const without = await render('<psy-explainer></psy-explainer>', { script: false });
    assert.doesNotMatch(without, /application\/ld\+json/);
  });

  it('adds the hydrating script by default, a given one, or none', async () => {
    const fragment = await render('<psy-term term="cbt">CBT</psy-term>');
    assert.ok(fragment.endsWith(`\n<script type="module" src="${HYDRATE_SCRIPT}"></script>`));
    assert.match(
      HYDRATE_SCRIPT,
      /^https:\/\/cdn\.jsdelivr\.net\/npm\/psy-widgets@\d+\.\d+\.\d+\/cdn\/psy-widgets-hydrate\.js$/,
    );
    const own = await render('<psy-term term="cbt">CBT</psy-term>', { script: '/js/widgets.js' });
    assert.ok(own.endsWith('<script type="module" src="/js/widgets.js"></script>'));
    const none = await render('<psy-term term="cbt">CBT</psy-term>', { script: false });
    assert.doesNotMatch(none, /<script/);
  });

  it('renders one element from its tag and attributes', async () => {
    const html = await renderElement('psy-explainer', { therapy: 'cbt', 'no-help-link': true, sections: undefined });
    assert.match(openingTag(html, 'psy-explainer'), /therapy="cbt" no-help-link/);
    assert.doesNotMatch(textOf(html), /If you need help now/);
  });
});

describe('render(): bad input throws a PsyRenderError naming the problem', () => {
  const rejects = (promise, pattern) =>
    assert.rejects(promise, (error) => {
      assert.ok(error instanceof PsyRenderError, `a PsyRenderError, not ${error}`);
      assert.match(error.message, pattern);
      return true;
    });

  it('for an unknown psy-* tag, listing the known ones', () =>
    rejects(
      render('<psy-explaner></psy-explaner>'),
      /<psy-explaner> is not a psy-widgets element; use <psy-explainer>/,
    ));

  it('for an attribute the element does not accept', () =>
    rejects(
      render('<psy-explainer therapy="xyz"></psy-explainer>'),
      /therapy="xyz" is not accepted; use psychodynamic or cbt/,
    ));

  it('for content that does not fit the schema', () =>
    rejects(render('<psy-compare></psy-compare>', { content: { nope: 1 } }), /\.content: "nope"/));

  it('for markup that is not a string', () => rejects(render(undefined), /markup must be a string of HTML/));

  it('for a tag name that is not one', () => rejects(renderElement('<script>'), /is not a tag name/));

  it('not for psy- words in text or comments', async () => {
    const html = await render('<p>psy-whatever <!-- <psy-nothing> --></p>', { script: false });
    assert.equal(html, '<p>psy-whatever <!-- <psy-nothing> --></p>');
  });
});
