import type { ContentPack, HelpRegion, Helpline, PartialContentPack } from '@psy-widgets/content';
import { helpFallback, helplines } from '@psy-widgets/content/packs/en-GB/helplines.js';
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ContentResolver } from '../content.js';
import { headingLevelProblem } from '../heading-level.js';
import { pendingOf } from '../pending.js';
import { PsyElement, type InputProblem } from '../psy-element.js';
import { helpNowStrings } from '../strings/help-now.js';
import { format, localeOf } from '../strings/index.js';
import { base } from '../theme/base.js';
import { tokens } from '../theme/tokens.js';
import { styles } from './psy-help-now.styles.js';
import { isKnownRegion, regionOfLocale } from './region.js';

// still exported here, where they were first
export { isKnownRegion, regionOfLocale };

/** The urgent-help part of the default English pack: nothing else, so the panel stays small. */
export const helpNowDefaults: ContentPack = { locale: 'en-GB', helplines, helpFallback };

/**
 * Urgent help for a region: the emergency number first, then each helpline with what it is for, when it is open,
 * and tap-to-call (`tel:`) and tap-to-text (`sms:`) links that show the number as text. Everything comes from the
 * bundled content, so it works with no network. For a region without data it says to call the local emergency
 * number. Bad input (an invalid `region` or `.content`) adds a message for the website's team below the panel, but
 * never hides the help.
 *
 * @tag psy-help-now
 * @summary Urgent-help panel: the emergency number and a region's helplines, ready to call or text.
 *
 * @csspart panel - The whole panel.
 * @csspart title - The panel's heading.
 * @csspart emergency - The emergency box, shown first.
 * @csspart line - One helpline.
 * @csspart call - A tap-to-call link.
 * @csspart text - A tap-to-text link.
 * @csspart advice - The general advice shown where the region has no helplines in the content.
 */
export class PsyHelpNow extends PsyElement {
  static override styles = [tokens, base, styles];
  static override english = helpNowStrings;
  // Lit's reactive properties, declared here rather than with decorators (which add code to every element's file)
  static override properties: PropertyDeclarations = {
    region: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    content: { attribute: false },
  };

  /**
   * ISO 3166 region code, e.g. `GB` or `US`. Defaults to the region of the nearest `lang` (`en-GB` -> `GB`). A region
   * without helplines in the content gets the general advice to call the local emergency number.
   */
  region?: string;

  /** The level of the panel's heading (1 to 5); each helpline's name is one level below. */
  headingLevel = 2;

  /** A content pack (or part of one) merged over the default helplines, e.g. to add a region or a local line. */
  content?: PartialContentPack;

  private resolver = new ContentResolver(this, helpNowDefaults);
  private pack: ContentPack = helpNowDefaults;
  private warned?: string;
  private shown = false;

  /** The region in use: the `region` attribute, else the one in the nearest `lang`, in capitals ('' when none). */
  get effectiveRegion(): string {
    return (this.region?.trim() || regionOfLocale(localeOf(this))).toUpperCase();
  }

  protected override validate(): InputProblem[] {
    // while a clinic's helplines are checked, the bundled ones show: urgent help never waits
    const { pack, problems } = this.resolver.resolve(this.content) ?? { pack: helpNowDefaults, problems: [] };
    this.pack = pack;
    const all = [...problems];
    const level = headingLevelProblem(this, this.headingLevel, [1, 5]);
    if (level) all.push(level);
    const region = this.effectiveRegion;
    if (region && !isKnownRegion(region)) {
      all.push({
        name: this.region ? 'region' : 'lang',
        received: this.region ?? localeOf(this),
        expected: 'a two-letter region code such as GB or US (showing the general advice meanwhile)',
      });
    }
    return all;
  }

  /** Urgent help must never be blocked: with bad input the panel still shows, and the message follows it. */
  protected override render(): TemplateResult | typeof nothing {
    this.shown = false;
    const result = super.render();
    if (this.shown) return result;
    this.pack = helpNowDefaults; // whatever went wrong, the bundled helplines can still be shown
    return html`${this.renderContent()}${result}`;
  }

  protected renderContent(): TemplateResult {
    this.shown = true;
    const s = this.strings;
    const region = this.effectiveRegion;
    const help: HelpRegion | undefined = this.pack.helplines?.[region];
    this.warnMissing(region, help);
    const level = Math.min(Math.max(Math.trunc(this.headingLevel) || 2, 1), 5);
    return html`<section class="panel" part="panel" aria-labelledby="title">
      <div class="title" part="title" id="title" role="heading" aria-level=${level}>${s.helpNowTitle}</div>
      ${
        help
          ? html`<p>${s.helpNowIntro}</p>
              <div class="emergency" part="emergency">
                <p>${help.emergency.label}</p>
                ${this.callLink(help.emergency.number, help.emergency.number, false)}
              </div>
              <p class="label">${format(s.helpNowRegion, { region: help.name })}</p>
              <ul class="lines">
                ${help.lines.map((line) => this.renderLine(line, level + 1))}
              </ul>`
          : html`<div class="emergency" part="emergency">
                <p>${this.pack.helpFallback?.emergency ?? s.helpNowFallbackEmergency}</p>
              </div>
              ${this.pack.helpFallback ? html`<p class="advice" part="advice">${this.pack.helpFallback.advice}</p>` : nothing}`
      }
    </section>`;
  }

  private renderLine(line: Helpline, level: number): TemplateResult {
    const s = this.strings;
    return html`<li class="line" part="line">
      <div class="name" role="heading" aria-level=${level}>${line.name}</div>
      <p>${line.purpose}</p>
      <p><span class="label">${s.helpNowHours}</span> ${line.hours}</p>
      <div class="actions">
        ${line.phone ? this.callLink(line.phone, line.phoneDisplay ?? line.phone, true) : nothing}
        ${
          line.sms
            ? html`<a
                class="button secondary"
                part="text"
                href=${`sms:${line.sms}${line.smsBody ? `?&body=${encodeURIComponent(line.smsBody)}` : ''}`}
                >${
                  line.smsBody
                    ? format(s.helpNowTextBody, { body: line.smsBody, number: line.sms })
                    : format(s.helpNowText, { number: line.sms })
                }</a
              >`
            : nothing
        }
      </div>
    </li>`;
  }

  private callLink(number: string, shown: string, secondary: boolean): TemplateResult {
    return html`<a class=${secondary ? 'button secondary' : 'button'} part="call" href=${`tel:${number}`}
      >${format(this.strings.helpNowCall, { number: shown })}</a
    >`;
  }

  /** One console note for the website's team when a region has no helplines, or no region could be found. */
  private warnMissing(region: string, help: HelpRegion | undefined): void {
    if (help || pendingOf(this) || this.warned === region || (region && !isKnownRegion(region))) return;
    this.warned = region;
    const known = Object.keys(this.pack.helplines ?? {}).join(', ');
    console.warn(
      region
        ? `[psy-widgets] <${this.localName}>: the content has no helplines for region "${region}", so the general advice is shown. Regions with helplines: ${known}. Add one through .content.`
        : `[psy-widgets] <${this.localName}>: no region, so the general advice is shown. Set region="GB" (for example), or a lang with a region such as lang="en-GB".`,
    );
  }
}
