// Writes packages/psy-widgets/src/psy-widgets.css (copied to cdn/ by the build) from the registry: the place each
// element keeps until its script has run. `node scripts/stylesheet.mjs` writes it; `--check` only says whether it is
// up to date (exit 1 when not).
import { elements } from './registry.mjs';
import { runGenerator, writeIfChanged } from './generate.mjs';

export const stylesheetFile = new URL('../packages/psy-widgets/src/psy-widgets.css', import.meta.url).pathname;

export function renderStylesheet(list = elements) {
  const kept = list.filter((el) => el.places.length);
  const unkept = list.filter((el) => !el.places.length);
  const rules = kept.flatMap((el) =>
    el.places.map(({ selector, height }) => `${selector}:not(:defined) {\n  min-block-size: ${height};\n}\n`),
  );
  const inline = unkept.map((el) => `/* <${el.tag}> ${el.unplaced} */\n`);
  return `/*
 * psy-widgets.css: link it before the script so the page does not jump while the widgets load.
 *
 * Until an element is defined it holds a place of about its height on a wide screen with the default content, and
 * stays invisible. If the script is slow, blocked or cannot run in the browser, then after 2 seconds the place lets
 * go: the element shows what the page put inside it (its no-script fallback, such as a link or the urgent-help
 * numbers) at that content's own height, or takes no room at all when the page put nothing there. Never a blank
 * space. Once the element is defined, what the page put inside it is no longer shown.
 * To reserve a different height (e.g. for a few sections only), override min-block-size:
 * \`psy-compare:not(:defined) { min-block-size: 20rem; }\`.
 */
:is(${kept.map((el) => el.tag).join(', ')}):not(:defined):not([hidden]) {
  display: block;
  visibility: hidden;
  animation: psy-reveal 0s linear 2s forwards;
}

${[...rules, ...inline].join('\n')}
@keyframes psy-reveal {
  to {
    visibility: visible;
    min-block-size: 0;
  }
}
`;
}

/** Writes the stylesheet when it changed; returns true if it did (with `check`, writes nothing). */
export const writeStylesheet = ({ check = false } = {}) =>
  writeIfChanged(stylesheetFile, renderStylesheet(), { check });

await runGenerator(import.meta.url, writeStylesheet, { file: stylesheetFile, command: 'node scripts/stylesheet.mjs' });
