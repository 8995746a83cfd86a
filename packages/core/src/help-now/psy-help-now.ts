import type { ContentPack, HelpRegion, Helpline, PartialContentPack } from '@psy-widgets/content';
import { helpFallback, helplines } from '@psy-widgets/content/packs/en-GB/helplines.js';
import { html, isServer, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ContentResolver } from '../content.js';
import { clampLevel, headingLevelProblem } from '../heading-level.js';
import { pendingOf } from '../pending.js';
import { PsyElement, type InputProblem } from '../psy-element.js';
import { helpNowStrings } from '../strings/help-now.js';
import { format, localeOf } from '../strings/index.js';
import { themed } from '../theme/themed.js';
import { styles } from './psy-help-now.styles.js';
import { provideRegionRules } from '../region/resolve.js';
import { resolveFully } from '../region/rules.js';
import { pageSettings } from '../settings/check.js';
import { isKnownRegion, regionOfLocale } from './region.js';
import { HELP_REGION_WORDS } from '@psy-widgets/content/regions.js';

// still exported here, where they were first
export { isKnownRegion, regionOfLocale };

// every element's resolveRegion() uses the full rules once this panel has loaded; a page's settings are checked now,
// so that the region is known before anyone asks for help
provideRegionRules(resolveFully);
pageSettings();

/** The lines of a region (or of one of its areas, such as a UK nation), with the name to show. */
interface AreaHelp {
  help: HelpRegion;
  name: string;
  /** The area chosen (`GB-SCT`), if any: then lines are not labelled with their area. */
  area?: string;
  lines: Helpline[];
}

function helpFor(pack: ContentPack, code: string): AreaHelp | undefined {
  const help = pack.helplines?.[code.slice(0, 2)];
  if (!help) return undefined;
  const area = code.length > 2 ? code : undefined;
  const lines = help.lines.filter((line) => !area || !line.areas || line.areas.includes(area));
  return { help, area, lines, name: (area && help.areas?.[area]) || help.name };
}

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
 * @csspart young-people - The lines for children and young people, listed after the others under their own heading.
 * @csspart advice - The general advice (how to find a local line) shown where the region has no helplines.
 */
export class PsyHelpNow extends PsyElement {
  static override styles = themed(styles);
  static override english = helpNowStrings;
  static override properties: PropertyDeclarations = {
    region: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    content: { attribute: false },
  };

  /**
   * ISO 3166 region code, e.g. `GB` or `IE`, or a UK nation: `GB-ENG`, `GB-SCT`, `GB-WLS`, `GB-NIR` (plain `GB` shows
   * every UK line, each with its nation named). Without it: the page-wide default region, else the visitor's time zone
   * (read in the browser, never sent or stored), else the region of the nearest `lang`. A region without helplines
   * in the content gets the general advice to call the local emergency number and how to find a local line.
   */
  region?: string;

  /** The level of the panel's heading (1 to 5); each helpline's name is one level below. */
  headingLevel = 2;

  /** A content pack (or part of one) merged over the default helplines, e.g. to add a region or a local line. */
  content?: PartialContentPack;

  private resolver = new ContentResolver(this, helpNowDefaults);
  private pack: ContentPack = helpNowDefaults;
  private warned?: string;

  /** The region in use, in capitals ('' when nothing tells): see `region` for the order. */
  get effectiveRegion(): string {
    return resolveFully(this, this.region).code;
  }

  protected override validate(): InputProblem[] {
    // while a clinic's helplines are checked, the bundled ones show: urgent help never waits
    const { pack, problems } = this.resolver.resolve(this.content) ?? { pack: helpNowDefaults, problems: [] };
    this.pack = pack;
    const all = [...problems, ...pageSettings(this).problems];
    const level = headingLevelProblem(this, this.headingLevel, [1, 5]);
    if (level) all.push(level);
    const { code, from } = resolveFully(this, this.region);
    if (code && !isKnownRegion(code)) {
      all.push({
        name: from === 'region' ? 'region' : from === 'page' ? 'the page settings → region' : 'lang',
        received: from === 'region' ? this.region : from === 'page' ? code : localeOf(this),
        expected: `${HELP_REGION_WORDS} (showing the general advice meanwhile)`,
      });
    }
    // the panel shows the bundled lines whenever the input is not accepted
    this.warnMissing(code, all.length ? helpNowDefaults : pack);
    return all;
  }

  /**
   * Urgent help must never be blocked: with bad input (or while a clinic's helplines are checked) the panel shows the
   * bundled helplines, and the message follows it.
   */
  protected override renderFrame(view: TemplateResult | typeof nothing, accepted: boolean) {
    return accepted ? view : html`${this.renderPanel(helpNowDefaults)}${view}`;
  }

  protected renderContent(): TemplateResult {
    return this.renderPanel(this.pack);
  }

  private renderPanel(pack: ContentPack): TemplateResult {
    const s = this.strings;
    const found = helpFor(pack, this.effectiveRegion);
    const level = clampLevel(this.headingLevel, 5);
    return html`<section class="panel" part="panel" aria-labelledby="title">
      <div class="title" part="title" id="title" role="heading" aria-level=${level}>${s.helpNowTitle}</div>
      ${found ? this.renderRegion(found, level) : this.renderFallback(pack)}
    </section>`;
  }

  private renderRegion({ help, name, area, lines }: AreaHelp, level: number): TemplateResult {
    const s = this.strings;
    const { emergency } = help;
    const young = lines.filter((line) => line.audience === 'young-people');
    const others = lines.filter((line) => line.audience !== 'young-people');
    const list = (shown: Helpline[], at: number) =>
      html`<ul class="lines">
        ${shown.map((line) => this.renderLine(line, at, area ? undefined : help))}
      </ul>`;
    return html`<p>${s.helpNowIntro}</p>
      <div class="emergency" part="emergency">
        <p>${emergency.label}</p>
        ${emergency.number ? this.callLink(emergency.number, emergency.number, false) : nothing}
      </div>
      <p class="label">${format(s.helpNowRegion, { region: name })}</p>
      ${list(others, level + 1)}
      ${
        young.length
          ? html`<div class="group" part="young-people">
              <div class="name" role="heading" aria-level=${level + 1}>${s.helpNowYoungPeople}</div>
              ${list(young, Math.min(level + 2, 6))}
            </div>`
          : nothing
      }`;
  }

  private renderFallback(pack: ContentPack): TemplateResult {
    const fallback = pack.helpFallback;
    return html`<div class="emergency" part="emergency">
        <p>${fallback?.emergency ?? this.strings.helpNowFallbackEmergency}</p>
      </div>
      ${fallback ? html`<p class="advice" part="advice">${fallback.advice}</p>` : nothing}`;
  }

  /** One line; in a whole region whose lines differ by area (plain `GB`), each area line says where it serves. */
  private renderLine(line: Helpline, level: number, whole?: HelpRegion): TemplateResult {
    const s = this.strings;
    const areas = whole && line.areas?.map((code) => whole.areas?.[code] ?? code).join(', ');
    return html`<li class="line" part="line">
      <div class="name" role="heading" aria-level=${level}>
        ${areas ? format(s.helpNowLineArea, { name: line.name, areas }) : line.name}
      </div>
      <p>${line.purpose}</p>
      ${line.hours ? html`<p><span class="label">${s.helpNowHours}</span> ${line.hours}</p>` : nothing}
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
                    ? format(s.helpNowTextBody, { body: line.smsBody, number: line.smsDisplay ?? line.sms })
                    : format(s.helpNowText, { number: line.smsDisplay ?? line.sms })
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
  private warnMissing(region: string, pack: ContentPack): void {
    const help = helpFor(pack, region);
    // a server render has no visitor's time zone yet; the browser's panel warns if a region is still missing
    if (isServer || help || pendingOf(this) || this.warned === region || (region && !isKnownRegion(region))) return;
    this.warned = region;
    const known = Object.keys(pack.helplines ?? {}).join(', ');
    console.warn(
      region
        ? `[psy-widgets] <${this.localName}>: the content has no helplines for region "${region}", so the general advice is shown. Regions with helplines: ${known}. Add one through .content.`
        : `[psy-widgets] <${this.localName}>: no region, so the general advice is shown. Set region="GB" (for example), a page-wide default region (#psy-widgets-settings), or a lang with a region such as lang="en-GB".`,
    );
  }
}
