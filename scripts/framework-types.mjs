// Writes element types for Vue, Svelte, Preact and Solid into packages/psy-widgets/src/ (published as
// `psy-widgets/vue`, `/svelte`, `/preact`, `/solid`), generated from the manifests like scripts/jsx-types.mjs.
// `node scripts/framework-types.mjs` writes the files; `--check` only says whether they are up to date (exit 1 when not).
// Each framework names attributes and events its own way; the value types always come from the element classes, so a
// wrong value (`layout="carousel"`) is a type error everywhere.
import { resolve } from 'node:path';
import { camel, doc as docAt, readElements, runGenerator, typeImports, writeIfChanged } from './generate.mjs';

const src = resolve(import.meta.dirname, '../packages/psy-widgets/src');
const doc = (text) => docAt(text, '  ');

/**
 * How each framework passes values and listens to events. `attributes`: also accept the kebab-case attribute name
 * (Vue matches `heading-level` to `headingLevel` itself). `event`: the prop that listens for a psy-* event.
 */
const frameworks = {
  vue: {
    attributes: false,
    event: (name) => `on${camel(name)}`,
    intro: `// Vue: add \`import type {} from 'psy-widgets/vue';\` once; templates then type every psy-* tag (vue-tsc, Volar).
// Listen with \`@psy-toggle\`; pass objects as properties with \`:content.prop\`.`,
    head: `import type { HTMLAttributes, PublicProps } from 'vue';`,
    element: (el) =>
      `new () => ${el.className} & {\n  /** Template prop types only: not a real property of the element. */\n  $props: PsyProps<HTMLAttributes, ${el.className}Props> & PublicProps;\n}`,
    wrap: (entries) => `declare module 'vue' {\n  interface GlobalComponents {\n${entries}\n  }\n}`,
  },
  svelte: {
    attributes: true,
    event: (name) => `on${name}`,
    extraEvent: (name) => `on:${name}`,
    intro: `// Svelte: add \`import type {} from 'psy-widgets/svelte';\` once (e.g. in src/app.d.ts); svelte-check then types every
// psy-* tag. Svelte 5 listens with \`onpsy-toggle={…}\`, Svelte 4 with \`on:psy-toggle={…}\`.`,
    // loads the module to augment; inside \`declare module\` its own HTMLAttributes is in scope
    head: `import type {} from 'svelte/elements';`,
    element: (el) => `PsyProps<HTMLAttributes<${el.className}>, ${el.className}Props>`,
    wrap: (entries) => `declare module 'svelte/elements' {\n  interface SvelteHTMLElements {\n${entries}\n  }\n}`,
  },
  preact: {
    attributes: true,
    event: (name) => `on${name}`,
    intro: `// Preact: add \`import type {} from 'psy-widgets/preact';\` once. Preact sets a property when the element has it and
// listens for \`on<event-name>\` props as written: \`onpsy-toggle\` listens for \`psy-toggle\`.`,
    head: `import type { HTMLAttributes } from 'preact';`,
    element: (el) => `PsyProps<HTMLAttributes<${el.className}>, ${el.className}Props>`,
    wrap: (entries) =>
      `declare module 'preact' {\n  // eslint-disable-next-line @typescript-eslint/no-namespace\n  namespace JSX {\n    interface IntrinsicElements {\n${entries}\n    }\n  }\n}`,
  },
  solid: {
    attributes: true,
    event: (name) => `on:${name}`,
    intro: `// Solid: add \`import type {} from 'psy-widgets/solid';\` once. Solid sets a custom element's props as properties;
// listen with \`on:psy-toggle={…}\` (Solid's \`onX\` handlers lower-case the event name).`,
    // solid-js only re-exports JSX: augment the module that declares it (also what \`jsxImportSource\` loads)
    head: `import type {} from 'solid-js/jsx-runtime';`,
    element: (el) => `PsyProps<JSX.HTMLAttributes<${el.className}>, ${el.className}Props>`,
    wrap: (entries) =>
      `declare module 'solid-js/jsx-runtime' {\n  // eslint-disable-next-line @typescript-eslint/no-namespace\n  namespace JSX {\n    interface IntrinsicElements {\n${entries}\n    }\n  }\n}`,
  },
};

function props(el, fw) {
  const lines = [];
  for (const f of el.fields) {
    const type = `${el.className}['${f.name}']`;
    if (fw.attributes && f.attribute && f.attribute !== f.name) {
      lines.push(
        doc(`Attribute form of \`${f.name}\`. ${f.description ?? ''}`),
        `  '${f.attribute}'?: ${type} | string;\n`,
      );
    }
    lines.push(doc(f.description), `  ${f.name}?: ${type};\n`);
  }
  for (const e of el.events) {
    for (const prop of [fw.event(e.name), fw.extraEvent?.(e.name)].filter(Boolean)) {
      lines.push(doc(`\`${e.name}\` event. ${e.description ?? ''}`));
      lines.push(`  '${prop}'?: (event: PsyEventOf<'${e.name}'>) => void;\n`);
    }
  }
  return lines.join('');
}

export function renderFrameworkTypes(name, elements) {
  const fw = frameworks[name];
  const hasEvents = elements.some((el) => el.events.length);
  const imports = new Map([['@psy-widgets/core', hasEvents ? ['PsyEvent', 'PsyEventName'] : []]]);
  for (const el of elements) imports.set(el.from, [...(imports.get(el.from) ?? []), el.className]);
  const entries = elements
    .map((el) => `${docAt(el.summary, '    ')}    '${el.tag}': ${fw.element(el).replace(/\n/g, '\n    ')};`)
    .join('\n');
  return `// Generated by scripts/framework-types.mjs from the packages' custom-elements.json; do not edit by hand.
${fw.intro}
${fw.head}
${typeImports(imports).join('\n')}

${hasEvents ? 'type PsyEventOf<N extends string> = N extends PsyEventName ? PsyEvent<N> : CustomEvent;\n\n' : ''}/** The framework's usual HTML attributes, with the element's own taking precedence. */
type PsyProps<Html, P> = Omit<Html, keyof P> & P;

${elements.map((el) => `${docAt(el.summary)}export interface ${el.className}Props {\n${props(el, fw)}}\n`).join('\n')}
${fw.wrap(entries)}
`;
}

/** Writes the files that changed; returns true if it wrote any. With `check`, writes nothing. */
export async function writeFrameworkTypes({ check = false } = {}) {
  const elements = readElements();
  let changed = false;
  for (const name of Object.keys(frameworks)) {
    const file = resolve(src, `${name}.ts`);
    if (await writeIfChanged(file, renderFrameworkTypes(name, elements), { check })) changed = true;
  }
  return changed;
}

await runGenerator(import.meta.url, writeFrameworkTypes, { file: src, command: 'npm run framework-types' });
