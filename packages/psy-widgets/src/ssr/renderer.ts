import { LitElementRenderer, type RenderInfo } from '@lit-labs/ssr';
import { describeProblem, PsyElement, type InputProblem } from '@psy-widgets/core/psy-element.js';
import { settle, stampOf } from '@psy-widgets/core/settle.js';
import { PsyRenderError } from './errors.js';

/** What every top-level element of one `render()` call is given. */
export interface TopLevelInputs {
  content?: unknown;
  lang?: string;
  region?: string;
}

const ACCEPTS_REGION = new Set(['psy-explainer', 'psy-self-check', 'psy-help-now']);
const ACCEPTS_CONTENT = new Set(['psy-explainer', 'psy-compare', 'psy-help-now']);

/**
 * Lit's renderer for LitElements, with what psy-widgets elements need on a server: a top-level element takes the
 * render's options, each waits until its text has loaded before its shadow root is written (a browser would show a
 * placeholder first), an element whose input is not accepted fails the render, and each is stamped with what it was
 * rendered from, so a browser can tell whether it may hydrate it.
 */
export class PsyElementRenderer extends LitElementRenderer {
  static override matchesClass(ctor: typeof HTMLElement): boolean {
    return ctor.prototype instanceof PsyElement;
  }

  declare element: PsyElement;

  /** Called (by `render()`) for elements written in the markup itself, not for those inside another's shadow root. */
  takeInputs({ content, lang, region }: TopLevelInputs): void {
    const { element } = this;
    if (lang && !element.hasAttribute('lang')) this.setAttribute('lang', lang);
    if (region && ACCEPTS_REGION.has(this.tagName) && !element.hasAttribute('region')) {
      this.setAttribute('region', region);
    }
    if (content !== undefined && ACCEPTS_CONTENT.has(this.tagName)) this.setProperty('content', content);
  }

  override renderShadow(renderInfo: RenderInfo): ReturnType<LitElementRenderer['renderShadow']> {
    const result = super.renderShadow(renderInfo);
    if (!result) return result;
    // first in the shadow root, before the styles: the mark a browser compares with its own before hydrating
    return [() => this.settled().then(() => [`<!--${stampOf(this.element)}-->`, ...result])];
  }

  private async settled(): Promise<void> {
    let problems: InputProblem[];
    try {
      problems = await settle(this.element);
    } catch (error) {
      problems = [{ name: '', received: '', expected: '', message: (error as Error)?.message ?? String(error) }];
    }
    if (!problems.length) return;
    const sentences = problems.map(describeProblem);
    throw new PsyRenderError(`<${this.tagName}>: ${sentences.join(' ')}`, this.tagName, sentences);
  }
}
