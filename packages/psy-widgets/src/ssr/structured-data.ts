import { structuredData, type JsonLdView } from '@psy-widgets/explainer/structured-data.js';
import type { PsyExplainer } from '@psy-widgets/explainer';
import { PsyRenderError } from './errors.js';
import { PsyElementRenderer, type TopLevelInputs } from './renderer.js';
import { describeProblem } from '@psy-widgets/core/psy-element.js';
import { settle } from '@psy-widgets/core/settle.js';

/**
 * The `<script type="application/ld+json">` an explainer with these attributes writes into its light DOM in a
 * browser (with `structured-data`), written here by the server instead; the browser's explainer takes it over.
 */
export async function jsonLdScript(attributes: Record<string, string>, inputs: TopLevelInputs): Promise<string> {
  const renderer = new PsyElementRenderer('psy-explainer');
  for (const [name, value] of Object.entries(attributes)) renderer.setAttribute(name, value);
  renderer.takeInputs(inputs);
  const explainer = renderer.element as PsyExplainer;
  const problems = await settle(explainer);
  if (problems.length) {
    const sentences = problems.map(describeProblem);
    throw new PsyRenderError(`<psy-explainer>: ${sentences.join(' ')}`, 'psy-explainer', sentences);
  }
  // the view the explainer has just built from its input (the same one its own JSON-LD is written from)
  const view = (explainer as unknown as { view?: JsonLdView }).view;
  if (!view) return '';
  // `<` escaped, so that no text in the content can close the script element
  const json = JSON.stringify(structuredData(view)).replace(/</g, '\\u003c');
  return `<script type="application/ld+json">${json}</script>`;
}
