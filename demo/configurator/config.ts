// What a clinic chooses in the embed configurator, and the attributes and CSS those choices become.
// The live preview and the copied snippet are both built from attributesFor(), settingsFor() and cssFor(), so they
// cannot differ.
import type { PageSettings } from '@psy-widgets/content/settings.js';

export type Widget = 'psy-explainer' | 'psy-compare' | 'psy-self-check' | 'psy-help-now';
/** `auto` follows the clinic's page (no rule is written); the others set the widget's own `color-scheme`. */
export type Scheme = 'auto' | 'light' | 'dark' | 'light dark';

export interface EmbedConfig {
  widget: Widget;
  therapy: string;
  layout: string;
  /** Where the summary layout's "Read more" goes; empty opens the sections in place. */
  moreHref: string;
  /** Section ids in order; null shows every section (the element's default). */
  sections: string[] | null;
  /** The clinic's own page on the topic, linked in the explainer's and comparison's no-script fallback. */
  fallbackHref: string;
  headingLevel: number;
  /** Therapy ids in column order, space-separated. */
  therapies: string;
  /** Aspect ids in order; null shows every aspect (the element's default). */
  aspects: string[] | null;
  /** Mark the aspects where the approaches differ most. */
  highlight: boolean;
  /** The page-wide default region; empty leaves it to each visitor's time zone, then the page's language. */
  region: string;
  /** The clinic's reviewer; used only when name, role and date are all given. */
  reviewerName: string;
  reviewerRole: string;
  reviewerBody: string;
  /** YYYY-MM-DD. */
  reviewedOn: string;
  /** `#rrggbb`. */
  brand: string;
  scheme: Scheme;
}

export const defaultConfig: EmbedConfig = {
  widget: 'psy-explainer',
  therapy: 'psychodynamic',
  layout: 'accordion',
  moreHref: '',
  sections: null,
  fallbackHref: '',
  headingLevel: 2,
  therapies: 'cbt psychodynamic',
  aspects: null,
  highlight: false,
  region: '',
  reviewerName: '',
  reviewerRole: '',
  reviewerBody: '',
  reviewedOn: '',
  brand: '#2f6f6a',
  scheme: 'auto',
};

const WIDGETS: Widget[] = ['psy-explainer', 'psy-compare', 'psy-self-check', 'psy-help-now'];
const SCHEMES: Scheme[] = ['auto', 'light', 'dark', 'light dark'];

/** An attribute's value; `true` is a boolean attribute, written without a value. */
export type AttributeValue = string | true;

/** The element's attributes, in the order a person would write them; the elements' defaults are left out. */
export function attributesFor(c: EmbedConfig): [name: string, value: AttributeValue][] {
  const headingLevel = c.headingLevel !== defaultConfig.headingLevel && String(c.headingLevel);
  const attrs: [string, AttributeValue | null | false][] = [];
  switch (c.widget) {
    case 'psy-explainer':
      attrs.push(
        ['therapy', c.therapy],
        ['layout', c.layout !== 'full' && c.layout],
        ['sections', c.sections && c.sections.join(' ')],
        ['more-href', c.layout === 'summary' && c.moreHref.trim()],
      );
      break;
    case 'psy-compare':
      attrs.push(
        ['therapies', c.therapies !== defaultConfig.therapies && c.therapies],
        ['aspects', c.aspects && c.aspects.join(' ')],
        ['highlight', c.highlight],
      );
      break;
    case 'psy-self-check':
      attrs.push(['therapy', c.therapy]);
      break;
  }
  attrs.push(['heading-level', headingLevel]);
  return attrs.filter((a): a is [string, AttributeValue] => a[1] === true || (typeof a[1] === 'string' && a[1] !== ''));
}

/** The page-wide settings this widget uses (region, and for the explainer the reviewer), or null for none. */
export function settingsFor(c: EmbedConfig): PageSettings | null {
  const settings: PageSettings = {};
  if (c.widget !== 'psy-compare' && c.region) settings.region = c.region;
  const [name, role, body] = [c.reviewerName.trim(), c.reviewerRole.trim(), c.reviewerBody.trim()];
  if (c.widget === 'psy-explainer' && name && role && /^\d{4}-\d{2}-\d{2}$/.test(c.reviewedOn)) {
    settings.reviewer = { name, role, ...(body ? { registrationBody: body } : {}), reviewedOn: c.reviewedOn };
  }
  return Object.keys(settings).length ? settings : null;
}

/** The settings as the JSON of the page's settings block (`<` escaped, so no value can close the block), or null. */
export function settingsJson(c: EmbedConfig): string | null {
  const settings = settingsFor(c);
  return settings && JSON.stringify(settings).replace(/</g, '\\u003c');
}

/** The CSS a clinic adds: its brand for every widget, and the colour scheme of this one unless it follows the page. */
export function cssFor(c: EmbedConfig): string {
  const brand = `:root {\n  --psy-brand: ${c.brand};\n}`;
  return c.scheme === 'auto' ? brand : `${brand}\n${c.widget} {\n  color-scheme: ${c.scheme};\n}`;
}

/** The chosen ids of a checkbox group, or null when all or none are ticked (the element shows them all). */
function subset(form: HTMLFormElement, data: FormData, name: string): string[] | null {
  const ticked = data.getAll(name).map(String);
  const offered = form.querySelectorAll(`input[name="${name}"]:not(:disabled)`).length;
  return ticked.length === 0 || ticked.length === offered ? null : ticked;
}

/** The configuration the form shows now. */
export function readConfig(form: HTMLFormElement): EmbedConfig {
  const data = new FormData(form);
  const text = (name: string, fallback: string) => String(data.get(name) ?? '') || fallback;
  const widget = text('widget', defaultConfig.widget) as Widget;
  const scheme = text('scheme', defaultConfig.scheme) as Scheme;
  const brand = text('brand', defaultConfig.brand).toLowerCase();
  return {
    widget: WIDGETS.includes(widget) ? widget : defaultConfig.widget,
    therapy: text('therapy', defaultConfig.therapy),
    layout: text('layout', defaultConfig.layout),
    moreHref: String(data.get('more-href') ?? ''),
    fallbackHref: String(data.get('fallback-href') ?? ''),
    sections: subset(form, data, 'sections'),
    headingLevel: Number(text('heading-level', String(defaultConfig.headingLevel))),
    therapies: text('therapies', defaultConfig.therapies),
    aspects: subset(form, data, 'aspects'),
    highlight: data.has('highlight'),
    region: String(data.get('region') ?? ''),
    reviewerName: String(data.get('reviewer-name') ?? ''),
    reviewerRole: String(data.get('reviewer-role') ?? ''),
    reviewerBody: String(data.get('reviewer-body') ?? ''),
    reviewedOn: String(data.get('reviewed-on') ?? ''),
    brand: /^#[0-9a-f]{6}$/.test(brand) ? brand : defaultConfig.brand,
    scheme: SCHEMES.includes(scheme) ? scheme : defaultConfig.scheme,
  };
}
