// The no-script fallback the configurator writes inside the element: what a visitor sees when the widget cannot run
// (scripts blocked or failed, or a browser below the baseline), and what the widget hides once it has. The urgent-help
// words and numbers come from the content pack, as the widgets' own do.
import { helpFallback, helplines } from '@psy-widgets/content/packs/en-GB/helplines.js';
import { therapies } from '@psy-widgets/content/packs/en-GB/therapies.js';
import type { EmbedConfig } from './config.js';

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, '&quot;');

/** A therapy's name as it reads mid-sentence: "cognitive behavioural therapy (CBT)". */
const nameOf = (id: string) => {
  const name = therapies[id]?.name ?? id;
  return name.charAt(0).toLowerCase() + name.slice(1);
};

const link = (href: string, words: string) => `<p><a href="${escapeAttribute(href)}">${escapeText(words)}</a></p>`;

/**
 * The region's emergency line and its main helpline with a phone number, each as words and a `tel:` link: for a UK
 * nation (`GB-SCT`) its own line, else the first line for the whole region. Without a region (each visitor's own,
 * which needs the script) or for one the content has no lines for, the advice to call the local emergency number.
 */
function urgentHelp(region: string): string[] {
  const help = helplines[region.slice(0, 2)];
  if (!help) return [`<p>${escapeText(helpFallback.emergency)}</p>`];
  const { emergency } = help;
  const lines = [
    emergency.number
      ? `<p>${escapeText(emergency.label)}: <a href="tel:${emergency.number}">${emergency.number}</a>.</p>`
      : `<p>${escapeText(emergency.label)}.</p>`,
  ];
  const area = region.length > 2 ? region : undefined;
  const main =
    (area && help.lines.find((line) => line.phone && line.areas?.includes(area))) ||
    help.lines.find((line) => line.phone && !line.areas);
  if (main?.phone) {
    const number = escapeText(main.phoneDisplay ?? main.phone);
    const when = main.hours ? `, ${escapeText(main.hours)}` : '';
    lines.push(`<p>${escapeText(main.name)}${when}: <a href="tel:${main.phone}">${number}</a>.</p>`);
  }
  return lines;
}

/** The fallback's lines of HTML; none for an explainer or comparison without a page of the clinic's own to link to. */
export function fallbackFor(c: EmbedConfig): string[] {
  const href = c.fallbackHref.trim();
  switch (c.widget) {
    case 'psy-explainer':
      return href ? [link(href, `Read about ${nameOf(c.therapy)} on our website`)] : [];
    case 'psy-compare': {
      const names = c.therapies.split(/\s+/).filter(Boolean).map(nameOf);
      const listed = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join('');
      return href ? [link(href, `How ${listed} compare, on our website`)] : [];
    }
    case 'psy-self-check':
    case 'psy-help-now':
      return urgentHelp(c.region);
  }
}
