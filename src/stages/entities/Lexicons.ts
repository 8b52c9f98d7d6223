// The stage's lexicons, read once at module load from ./data and the installed ISO packages.
// Every lookup key is `fold(name)`, so spellings with and without diacritics meet.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityKind } from '../../pipeline/types.ts';
import { lexiconTag } from './CompromiseTagger.ts';
import { fold } from './Fold.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const readJson = <T>(name: string): T => JSON.parse(readFileSync(join(HERE, 'data', name), 'utf8')) as T;

export interface LexEntry {
  kind: EntityKind;
  name: string; // canonical name
  country?: string;
  role?: string;
  /** an actor's roles over time, from the lexicon's `years` ("2010-2023", "2023-") */
  periods?: { role: string; country?: string; from: number; to: number }[];
  /** country | city | region | igo | group | gov | party | media | ngo | person */
  type: string;
  /** an institution named by its building ("White House", "Kremlin"): a place when it does not act */
  seat?: boolean;
}

interface ActorRow { name: string; role: string; country: string; years?: string; aliases?: string[] }
interface OrgRow { name: string; aliases?: string[]; country?: string; type: string; seat?: boolean }
interface PlacesFile {
  cities: Record<string, string | null>;
  regions: Record<string, string | null>;
  countryAliases: Record<string, string>;
  demonyms: Record<string, string | null>;
}
export interface WordsFile {
  personTitles: string[];
  lowerTitles: string[];
  titleModifiers: string[];
  orgHeads: string[];
  companySuffixes: string[];
  eventHeads: string[];
  placeHeads: string[];
  lowerOrgHeads: string[];
  corporateTitles: string[];
  companyCues: string[];
  nonNames: string[];
  loneNonNames: string[];
  platforms: string[];
  particles: string[];
  /** well-known stock market index names ("Nikkei", "Dow Jones"), as written */
  indexNames: string[];
}
interface WorldCountry {
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  capital?: string[];
}

const FAMILY_FIRST = new Set(['CHN', 'KOR', 'PRK', 'VNM', 'KHM', 'TWN']);
const IGO_CODES = new Set(['IGO', 'UN', 'EU', 'NATO', 'AU', 'GCC', 'ASEAN', 'SCO', 'BRICS', 'G7', 'G20', 'OAS', 'OECD', 'OPEC', 'APEC', 'CICA', 'NAM', 'QUAD', 'OSCE', 'COE', 'LAS', 'OIC', 'OTS', 'ECO', 'CIS', 'CSTO', 'WHO', 'IAEA', 'IMF', 'WB', 'WTO', 'ICC', 'UNRWA']);

export class Lexicon {
  /** folded name -> entries (a name can be both a person alias and something else). */
  readonly names = new Map<string, LexEntry[]>();
  /** folded demonym ("turkish") -> ISO alpha-3 or null for regional adjectives ("arab"). */
  readonly demonyms = new Map<string, string | null>();
  /** ISO alpha-3 -> the English demonym as written ("EGY" -> "Egyptian"). */
  readonly demonymOf = new Map<string, string>();
  /** ISO alpha-3 -> the country's common English name ("SAU" -> "Saudi Arabia"). */
  readonly countryName = new Map<string, string>();
  /** longest name in words, to bound the multi-word lookups. */
  maxWords = 1;
  readonly words: WordsFile;
  readonly sets: {
    personTitles: Set<string>;
    lowerTitles: Set<string>;
    titleModifiers: Set<string>;
    orgHeads: Set<string>;
    companySuffixes: Set<string>;
    eventHeads: Set<string>;
    placeHeads: Set<string>;
    lowerOrgHeads: Set<string>;
    nonNames: Set<string>;
    corporateTitles: Set<string>;
    companyCues: Set<string>;
    loneNonNames: Set<string>;
    platforms: Set<string>;
    particles: Set<string>;
    indexNames: Set<string>;
  };

  constructor(words: WordsFile) {
    this.words = words;
    const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
    this.sets = {
      personTitles: lower(words.personTitles),
      lowerTitles: lower(words.lowerTitles),
      titleModifiers: lower(words.titleModifiers),
      orgHeads: new Set(words.orgHeads),
      companySuffixes: new Set(words.companySuffixes),
      eventHeads: new Set(words.eventHeads),
      placeHeads: new Set(words.placeHeads),
      lowerOrgHeads: lower(words.lowerOrgHeads),
      nonNames: new Set(words.nonNames),
      corporateTitles: new Set(words.corporateTitles),
      companyCues: new Set(words.companyCues),
      loneNonNames: new Set(words.loneNonNames),
      platforms: new Set(words.platforms),
      particles: lower(words.particles),
      indexNames: new Set(words.indexNames),
    };
  }

  add(name: string, e: LexEntry): void {
    const k = fold(name);
    if (!k) return;
    const list = this.names.get(k) ?? [];
    if (!list.some((x) => x.kind === e.kind && x.name === e.name)) list.push(e);
    this.names.set(k, list);
    this.maxWords = Math.max(this.maxWords, k.split(' ').length);
  }

  lookup(text: string): LexEntry[] {
    return this.names.get(fold(text)) ?? [];
  }

  orgHeadOrSuffix(word: string): boolean {
    return this.sets.orgHeads.has(word) || this.sets.companySuffixes.has(word);
  }

  /** ISO alpha-3 codes known to world-countries. */
  readonly iso3 = new Set<string>();

  /**
   * The output's country: an ISO 3166 alpha-3 code, "IGO" for an international body ("UN",
   * "EU", "NATO"), the home country of a group the lexicon places ("Hamas" -> PSE), else none.
   */
  countryCode(code: string | undefined): string | undefined {
    if (!code) return undefined;
    if (this.iso3.has(code)) return code;
    if (IGO_CODES.has(code)) return 'IGO';
    const org = this.lookup(code).find((e) => e.kind === 'organization' && e.country && e.country !== code);
    return org ? this.countryCode(org.country) : undefined;
  }

  /** The role (and country) a lexicon actor held in `year`, else the latest one. */
  roleIn(e: LexEntry, year: number | null): { role?: string; country?: string } {
    const ps = e.periods ?? [];
    if (!ps.length) return { role: e.role, country: e.country };
    const hit = year ? ps.filter((p) => p.from <= year && year <= p.to).sort((a, b) => b.from - a.from)[0] : undefined;
    const latest = [...ps].sort((a, b) => b.to - a.to || b.from - a.from)[0];
    const p = hit ?? latest;
    return { role: p.role, country: p.country };
  }

  demonym(text: string): string | null | undefined {
    const k = fold(text);
    return this.demonyms.has(k) ? this.demonyms.get(k) : undefined;
  }
}

/** Extra entries a pipeline file may give: `{ people: [...], organizations: [...], places: [...] }`. */
export interface LexiconExtension {
  people?: { name: string; aliases?: string[]; role?: string; country?: string }[];
  organizations?: { name: string; aliases?: string[]; country?: string }[];
  places?: { name: string; aliases?: string[]; country?: string }[];
}

export function buildLexicon(extra?: LexiconExtension): Lexicon {
  const lex = new Lexicon(readJson<WordsFile>('words.json'));
  const places = readJson<PlacesFile>('places.json');
  const countries = require('world-countries') as WorldCountry[];
  const isoNames = require('i18n-iso-countries') as { getNames(l: string, o: { select: string }): Record<string, string | string[]>; alpha2ToAlpha3(a: string): string | undefined };
  const country = (name: string, cc: string) => lex.add(name, { kind: 'location', name, country: cc, type: 'country' });

  for (const c of countries) {
    lex.iso3.add(c.cca3);
    country(c.name.common, c.cca3);
    lex.countryName.set(c.cca3, c.name.common);
    country(c.name.official, c.cca3);
    // altSpellings mix codes ("TR") with names; two-letter codes would swallow words like "US" or "IN".
    for (const a of c.altSpellings) if (a.length > 3 && /^[A-Z]/.test(a)) country(a, c.cca3);
    const dem = c.demonyms?.eng;
    if (dem) for (const d of [dem.m, dem.f]) if (d) lex.demonyms.set(fold(d), c.cca3);
    if (dem?.m) lex.demonymOf.set(c.cca3, dem.m);
    for (const cap of c.capital ?? []) lex.add(cap, { kind: 'location', name: cap, country: c.cca3, type: 'city' });
  }
  const en = isoNames.getNames('en', { select: 'all' });
  for (const [a2, names] of Object.entries(en)) {
    const a3 = isoNames.alpha2ToAlpha3(a2);
    if (!a3) continue;
    for (const n of Array.isArray(names) ? names : [names]) if (n.length > 3 && !n.includes(',')) country(n, a3);
  }
  for (const [n, cc] of Object.entries(places.countryAliases)) country(n, cc);
  for (const [n, cc] of Object.entries(places.demonyms)) lex.demonyms.set(fold(n), cc);
  for (const [n, cc] of Object.entries(places.cities)) lex.add(n, { kind: 'location', name: n, country: cc ?? undefined, type: 'city' });
  for (const [n, cc] of Object.entries(places.regions)) lex.add(n, { kind: 'location', name: n, country: cc ?? undefined, type: 'region' });

  for (const o of readJson<OrgRow[]>('organizations.json')) {
    const e: LexEntry = { kind: 'organization', name: o.name, country: o.country, type: o.type };
    if (o.seat) e.seat = true;
    lex.add(o.name, e);
    for (const a of o.aliases ?? []) lex.add(a, e);
  }
  const actors = readJson<ActorRow[]>('actors.json');
  // One entry per person; several rows for one name are the roles it held over time.
  const byName = new Map<string, LexEntry>();
  for (const a of actors) {
    let e = byName.get(a.name);
    if (!e) {
      e = { kind: 'person', name: a.name, role: a.role, country: a.country, type: 'person', periods: [] };
      byName.set(a.name, e);
    }
    for (const span of (a.years ?? '').split(';').filter(Boolean)) {
      const [from, to] = span.split('-');
      e.periods!.push({ role: a.role, country: a.country, from: Number(from) || 0, to: Number(to) || 9999 });
    }
    lex.add(a.name, e);
    for (const al of a.aliases ?? []) lex.add(al, e);
  }
  // News calls people by their family name ("Trump", "Fidan", "Xi"): the family name of each
  // actor is an alias too, unless two actors share it or it is a word the lexicon already holds.
  const family = new Map<string, ActorRow[]>();
  for (const a of actors) {
    const words = a.name.replace(/\s+(?:Jr\.|Sr\.|I{1,3}|IV|VI)$/, '').split(/\s+/);
    // East Asian names put the family name first.
    const fam = FAMILY_FIRST.has(a.country) ? words[0] : words[words.length - 1];
    if (words.length < 2 || fam.length < 2 || (fam.length < 4 && !FAMILY_FIRST.has(a.country))) continue;
    // Arabic chains ("Salman bin Abdulaziz") end in a father's or tribe's name.
    if (words.some((w) => /^(?:bin|ibn|bint|ben|Al|al)$/.test(w))) continue;
    if (/^(?:al|el|bin|ibn|II|Jr\.)$/i.test(fam)) continue;
    const list = family.get(fold(fam)) ?? [];
    if (!list.some((x) => x.name === a.name)) family.set(fold(fam), [...list, a]);
  }
  // Never a word that is also a given name of an actor ("Abbas"), an English word or given name
  // the tagger knows ("Store", "May", "Lawrence"), or a known name of anything else ("Austin").
  const givenWords = new Set(actors.map((a) => fold(a.name.split(/\s+/)[0])));
  for (const [fam, list] of family) {
    if (list.length !== 1 || lex.names.has(fam) || givenWords.has(fam)) continue;
    if (lexiconTag(fam)) continue;
    // Only the kind: the family name alone does not say which holder of it is meant.
    const word = FAMILY_FIRST.has(list[0].country) ? list[0].name.split(/\s+/)[0] : list[0].name.split(/\s+/).pop()!;
    lex.add(fam, { kind: 'person', name: word, type: 'family' });
  }
  for (const p of extra?.people ?? []) {
    const e: LexEntry = { kind: 'person', name: p.name, role: p.role, country: p.country, type: 'person' };
    for (const n of [p.name, ...(p.aliases ?? [])]) lex.add(n, e);
  }
  for (const o of extra?.organizations ?? []) {
    const e: LexEntry = { kind: 'organization', name: o.name, country: o.country, type: 'org' };
    for (const n of [o.name, ...(o.aliases ?? [])]) lex.add(n, e);
  }
  for (const p of extra?.places ?? []) {
    const e: LexEntry = { kind: 'location', name: p.name, country: p.country, type: 'place' };
    for (const n of [p.name, ...(p.aliases ?? [])]) lex.add(n, e);
  }
  return lex;
}

let shared: Lexicon | null = null;
/** The default lexicon, built once per process. */
export function defaultLexicon(): Lexicon {
  shared ??= buildLexicon();
  return shared;
}
