// core's modules one by one, not its index: bundlers then keep core's lazily loaded parts out of this widget's file
import { PsyElement, type InputProblem } from '@psy-widgets/core/psy-element.js';
import { base } from '@psy-widgets/core/theme/base.js';
import { tokens } from '@psy-widgets/core/theme/tokens.js';
import { html, type PropertyDeclarations } from 'lit';
import { styles } from './psy-__name__.styles.js';

/**
 * __summary__
 *
 * @tag psy-__name__
 * @summary __summary__
 *
 * @slot - What the page puts inside, shown under the heading.
 *
 * @csspart body - The section that holds the heading and the text.
 * @csspart heading - The heading.
 */
export class Psy__Name__ extends PsyElement {
  static override styles = [tokens, base, styles];

  static override properties: PropertyDeclarations = {
    heading: { type: String },
  };

  /** The heading shown above the text the page puts inside. */
  heading = '';

  protected override validate(): InputProblem[] {
    return this.heading.trim() ? [] : [{ name: 'heading', received: this.heading, expected: 'some text' }];
  }

  protected override renderContent() {
    return html`<section part="body" aria-labelledby="heading">
      <h2 id="heading" part="heading">${this.heading}</h2>
      <slot></slot>
    </section>`;
  }
}
