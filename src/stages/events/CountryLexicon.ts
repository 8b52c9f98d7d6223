// Countries, their demonyms and capitals from world-countries: turns "Turkish officials" or
// "Türkiye-Greece" into a state participant and tells which country a capital belongs to.
import countries from 'world-countries';

export interface CountryInfo {
  cca3: string;
  name: string;
}

const byName = new Map<string, CountryInfo>();
const byDemonym = new Map<string, CountryInfo>();
const capitalOf = new Map<string, string>();
const capitalByCode = new Map<string, string>();
const officialByCode = new Map<string, string>();

for (const c of countries as unknown as Array<{
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}>) {
  const info = { cca3: c.cca3, name: c.name.common };
  officialByCode.set(c.cca3, c.name.official);
  for (const n of [c.name.common, c.name.official, ...c.altSpellings.filter((a) => !/^[A-Z]{2,3}$/.test(a))]) {
    if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), info);
  }
  if (c.demonyms?.eng) for (const d of [c.demonyms.eng.m, c.demonyms.eng.f]) if (d && !byDemonym.has(d.toLowerCase())) byDemonym.set(d.toLowerCase(), info);
  for (const cap of c.capital ?? []) capitalOf.set(cap.toLowerCase(), c.cca3);
  if (c.capital?.length) capitalByCode.set(c.cca3, c.capital[0]);
}
// Common forms world-countries lacks; well-known, not article-specific.
const EXTRA_NAMES: Record<string, string> = { 'us': 'USA', 'u.s.': 'USA', 'usa': 'USA', 'uk': 'GBR', 'u.k.': 'GBR', 'turkey': 'TUR', 'turkiye': 'TUR', 'britain': 'GBR', 'south korea': 'KOR', 'north korea': 'PRK', 'russia': 'RUS', 'iran': 'IRN', 'syria': 'SYR', 'palestine': 'PSE', 'uae': 'ARE', 'the uae': 'ARE' };
const EXTRA_DEMONYMS: Record<string, string> = { 'american': 'USA', 'u.s.': 'USA', 'us': 'USA', 'turkish': 'TUR', 'british': 'GBR', 'emirati': 'ARE', 'south korean': 'KOR', 'korean': 'KOR', 'north korean': 'PRK', 'saudi': 'SAU', 'qatari': 'QAT', 'palestinian': 'PSE', 'chinese': 'CHN', 'japanese': 'JPN', 'russian': 'RUS', 'iranian': 'IRN', 'israeli': 'ISR', 'egyptian': 'EGY', 'indian': 'IND', 'pakistani': 'PAK', 'afghan': 'AFG', 'ukrainian': 'UKR', 'greek': 'GRC', 'german': 'DEU', 'french': 'FRA', 'uzbek': 'UZB', 'kazakh': 'KAZ', 'kyrgyz': 'KGZ', 'tajik': 'TJK', 'azeri': 'AZE', 'philippine': 'PHL', 'lao': 'LAO', 'sri lankan': 'LKA', 'nepali': 'NPL', 'argentinian': 'ARG', 'bosnian': 'BIH', 'icelandic': 'ISL' };
const byCca3 = new Map<string, CountryInfo>();
for (const v of byName.values()) if (!byCca3.has(v.cca3)) byCca3.set(v.cca3, v);
for (const [k, v] of Object.entries(EXTRA_NAMES)) if (byCca3.has(v)) byName.set(k, byCca3.get(v)!);
for (const [k, v] of Object.entries(EXTRA_DEMONYMS)) if (byCca3.has(v)) byDemonym.set(k, byCca3.get(v)!);

export function countryByName(name: string): CountryInfo | undefined {
  const n = name.toLowerCase();
  // "the Kingdom of Jordan", "the State of Kuwait": a state's style before its short name.
  return byName.get(n.replace(/^the /, '')) ?? byName.get(n) ?? byName.get(n.replace(/^(?:the )?(?:(?:hashemite |united )?kingdom|republic|state|sultanate|emirate|principality|federation|commonwealth) of (?:the )?/, ''));
}
export function countryByDemonym(word: string): CountryInfo | undefined {
  return byDemonym.get(word.toLowerCase());
}
export function countryByCode(cca3: string): CountryInfo | undefined {
  return byCca3.get(cca3);
}
/** The country a place belongs to when the place is a country or a capital. */
export function countryOfPlace(name: string): string | undefined {
  return countryByName(name)?.cca3 ?? capitalOf.get(name.toLowerCase());
}

/** The capital city of a country ("the Indonesian capital" → Jakarta). */
export function capitalOfCountry(cca3: string): string | undefined {
  return capitalByCode.get(cca3);
}

/** The state's official style ("Kingdom of Saudi Arabia"). */
export function officialName(cca3: string): string | undefined {
  return officialByCode.get(cca3);
}
