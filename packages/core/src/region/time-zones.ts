import { isServer } from 'lit';
/**
 * The IANA time zones of each region that has helplines in the default content, from the tz database's zone.tab,
 * with the older names browsers may still report (ICU keeps some: America/Indianapolis, America/Louisville).
 * A visitor's time zone is only ever read in the browser: never sent or stored.
 */

// zones in America/, by city
const AMERICAS: Record<string, string> = {
  CA:
    'Atikokan Blanc-Sablon Cambridge_Bay Creston Dawson Dawson_Creek Edmonton Fort_Nelson Glace_Bay Goose_Bay ' +
    'Halifax Inuvik Iqaluit Moncton Rankin_Inlet Regina Resolute St_Johns Swift_Current Toronto Vancouver ' +
    'Whitehorse Winnipeg Montreal Nipigon Pangnirtung Rainy_River Thunder_Bay Yellowknife Coral_Harbour',
  US:
    'Adak Anchorage Boise Chicago Denver Detroit Indiana/Indianapolis Indiana/Knox Indiana/Marengo ' +
    'Indiana/Petersburg Indiana/Tell_City Indiana/Vevay Indiana/Vincennes Indiana/Winamac Juneau ' +
    'Kentucky/Louisville Kentucky/Monticello Los_Angeles Menominee Metlakatla New_York Nome North_Dakota/Beulah ' +
    'North_Dakota/Center North_Dakota/New_Salem Phoenix Sitka Yakutat Indianapolis Louisville Fort_Wayne Knox_IN ' +
    'Atka Shiprock',
};

// every other zone, by its full name (Europe/Belfast is an old name for Northern Ireland's zone)
const OTHERS: Record<string, string> = {
  GB: 'Europe/London GB GB-Eire',
  'GB-NIR': 'Europe/Belfast',
  IE: 'Europe/Dublin Eire',
  NZ: 'Pacific/Auckland Pacific/Chatham NZ NZ-CHAT',
  ZA: 'Africa/Johannesburg',
  AU: 'Antarctica/Macquarie',
  US: 'Pacific/Honolulu',
};

// whole groups of old names
const BY_PREFIX: [string, string][] = [
  ['Australia/', 'AU'],
  ['US/', 'US'],
  ['Canada/', 'CA'],
];

let byZone: Map<string, string> | undefined;

function table(): Map<string, string> {
  if (byZone) return byZone;
  byZone = new Map();
  const add = (names: string, region: string, prefix = '') => {
    for (const name of names.split(' ')) byZone!.set(prefix + name, region);
  };
  for (const [region, names] of Object.entries(AMERICAS)) add(names, region, 'America/');
  for (const [region, names] of Object.entries(OTHERS)) add(names, region);
  return byZone;
}

/**
 * The region of a time zone: `Europe/Dublin` -> `IE`, `Europe/Belfast` -> `GB-NIR`. A zone that names a place
 * outside every region with helplines gives '' (the general advice then shows, not another country's lines); one
 * that names no place (`UTC`, `Etc/GMT+1`) gives undefined, as it says nothing about where the visitor is.
 */
export function regionOfTimeZone(zone: string): string | undefined {
  const found = table().get(zone) ?? BY_PREFIX.find(([prefix]) => zone.startsWith(prefix))?.[1];
  if (found) return found;
  return zone.includes('/') && !zone.startsWith('Etc/') ? '' : undefined;
}

/** The visitor's time zone as the browser reports it, or '' where it cannot. */
export function visitorTimeZone(): string {
  if (isServer) return ''; // the server's own time zone says nothing about the visitor
  try {
    return new Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';
  } catch {
    return '';
  }
}
