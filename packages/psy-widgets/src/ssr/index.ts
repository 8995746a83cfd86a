// psy-widgets/ssr: server rendering through Lit's own SSR, for Node (static site generators, frameworks, a CLI).
// Every element is registered here at once (in a browser, <psy-term> and <psy-help-now> load later), so that a
// render holds everything a visitor would see.
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html as serverHtml, render as litRender, type RenderInfo } from '@lit-labs/ssr';
import { registerStrings, type PsyStrings } from '@psy-widgets/core/strings/index.js';
import { RELEASE } from '@psy-widgets/core/version.js';
import '@psy-widgets/core/define/psy-term.js';
import '@psy-widgets/core/define/psy-help-now.js';
import '@psy-widgets/explainer';
import '@psy-widgets/compare';
import '@psy-widgets/self-check';
import type { PartialContentPack } from '@psy-widgets/content';
import { PsyRenderError } from './errors.js';
import { findElements, type FoundElement } from './markup.js';
import { PsyElementRenderer } from './renderer.js';
import { jsonLdScript } from './structured-data.js';

export { PsyRenderError };

/** The elements `render()` knows. */
export const RENDERABLE_TAGS = ['psy-explainer', 'psy-compare', 'psy-self-check', 'psy-term', 'psy-help-now'] as const;

/** The script a rendered page loads by default to hydrate its elements: the CDN file of this release. */
export const HYDRATE_SCRIPT = `https://cdn.jsdelivr.net/npm/psy-widgets@${RELEASE}/cdn/psy-widgets-hydrate.js`;

export interface RenderOptions {
  /** A clinic's content pack (or part of one), given to every top-level element that takes `.content`. */
  content?: PartialContentPack;
  /**
   * UI strings for `lang` (or English when no `lang` is given), as `registerStrings()` takes them. They stay
   * registered for later renders in this process, as in a browser page. Register the same strings in the page before
   * the widgets load, or they render fresh there in the page's own strings rather than hydrate.
   */
  strings?: Partial<PsyStrings>;
  /** The language of the widgets: written as `lang` on each top-level element that has none, so the page agrees. */
  lang?: string;
  /**
   * The region of the urgent-help panels (`GB`, `GB-SCT`, `IE`…), written as `region` on each top-level element that
   * takes one and has none. Without it, a panel shows the region of `lang`, else the general advice; in the browser,
   * a panel without a region then renders again for the visitor's time zone (a server cannot know it).
   */
  region?: string;
  /** Writes each explainer's schema.org JSON-LD into its light DOM, as `structured-data` does in a browser. */
  structuredData?: boolean;
  /**
   * The module that hydrates the elements, added once after the markup as `<script type="module" src="…">`: by
   * default `HYDRATE_SCRIPT` (the CDN file of this release); a URL of your own (your copy of
   * `cdn/psy-widgets-hydrate.js`, or your bundle importing `psy-widgets/ssr-client` first); or `false` for none.
   */
  script?: string | false;
}

/**
 * Renders every `psy-*` element in `markup` (HTML: a fragment or a whole page) with its declarative shadow DOM
 * (`<template shadowrootmode="open">`) filled in, and returns the same HTML otherwise unchanged.
 *
 * Throws a `PsyRenderError` for a `psy-*` tag it does not know, or an element whose input is not accepted (the
 * message names what was wrong and what is accepted).
 */
export async function render(markup: string, options: RenderOptions = {}): Promise<string> {
  if (typeof markup !== 'string') {
    throw new PsyRenderError(`render(): markup must be a string of HTML; received ${typeof markup}.`, '');
  }
  const found = findElements(markup);
  const unknown = found.find(({ tag }) => !(RENDERABLE_TAGS as readonly string[]).includes(tag));
  if (unknown) {
    throw new PsyRenderError(
      `<${unknown.tag}> is not a psy-widgets element; use ${RENDERABLE_TAGS.map((tag) => `<${tag}>`).join(', ')}.`,
      unknown.tag,
    );
  }
  if (options.strings) registerStrings(options.lang ?? 'en', options.strings);
  const source = options.structuredData ? await withJsonLd(markup, found, options) : markup;
  const html = await collectResult(litRender(serverTemplate(source), renderInfo(options)));
  const script = options.script === undefined ? HYDRATE_SCRIPT : options.script;
  if (!script) return html;
  const tag = `<script type="module" src="${escapeAttribute(script)}"></script>`;
  // in a whole page, at the end of its body; after a fragment, at its end
  const end = html.lastIndexOf('</body>');
  return end < 0 ? `${html}\n${tag}` : `${html.slice(0, end)}${tag}\n${html.slice(end)}`;
}

/** Renders one element: `renderElement('psy-explainer', { therapy: 'cbt' })`. Attributes set to `true` are boolean. */
export function renderElement(
  tag: string,
  attributes: Record<string, string | boolean | number | undefined> = {},
  options: RenderOptions = {},
): Promise<string> {
  if (!/^[a-z][a-z0-9]*-[a-z0-9-]*$/.test(tag)) {
    return Promise.reject(new PsyRenderError(`"${tag}" is not a tag name; use psy-explainer, for example.`, tag));
  }
  const written = Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`))
    .join('');
  return render(`<${tag}${written}></${tag}>`, options);
}

/** A server-only template holding the markup as it is: no hydration markers of its own around the page's HTML. */
function serverTemplate(markup: string) {
  const strings = Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray;
  return serverHtml(strings);
}

function renderInfo(options: RenderOptions): Partial<RenderInfo> {
  const info: Partial<RenderInfo> = {
    elementRenderers: [PsyElementRenderer],
    customElementHostStack: [],
    customElementInstanceStack: [],
    customElementRendered: () => {
      // an element of the markup itself, not one inside another's shadow root, takes the render's options
      const renderer = info.customElementInstanceStack!.at(-1);
      if (info.customElementHostStack!.length === 0 && renderer instanceof PsyElementRenderer) {
        renderer.takeInputs(options);
      }
    },
  };
  return info;
}

/** The markup with each explainer's JSON-LD added at the end of its light DOM. */
async function withJsonLd(markup: string, found: FoundElement[], options: RenderOptions): Promise<string> {
  let result = markup;
  // from the last to the first, so that the earlier offsets stay true
  for (const element of found.filter(({ tag, topLevel }) => tag === 'psy-explainer' && topLevel).reverse()) {
    const script = await jsonLdScript(element.attributes, options);
    result = result.slice(0, element.endOffset) + script + result.slice(element.endOffset);
  }
  return result;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
