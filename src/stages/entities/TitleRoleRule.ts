// "Foreign Minister Hakan Fidan", "U.S. Secretary of State Antony Blinken", "Crown Prince
// Mohammed bin Salman": a leading title becomes the role (and a leading demonym or country the
// country); it is never part of the name. "intel chief Kalın", "his Russian counterpart Sergey
// Lavrov": a lowercase title right before a name says the same.
import type { Candidate } from './Candidate.ts';
import type { Lexicon } from './Lexicons.ts';
import type { Token } from './Tokenizer.ts';

export interface TitleSplit {
  nameA: number; // first token of the name proper
  /** the run is a title and nothing else ("Crown Prince", "Chief of Staff") */
  titleOnly?: boolean;
  role?: string;
  country?: string;
  /** the tokens of the country the title names ("U.S.", "of Singapore"), a place mention */
  countryAt?: [number, number];
  titled: boolean;
}

// Words of ministerial portfolios that the title lists leave out; a run that opens with them
// right after a title and "and"/"for" continues the title (CandidateFinder).
export const PORTFOLIO = new Set(['emigration', 'immigration', 'migration', 'expatriates', 'diaspora', 'planning', 'investment', 'investments', 'cooperation', 'integration', 'tourism', 'culture', 'information', 'communications', 'commerce', 'industry', 'development', 'employment', 'infrastructure', 'housing', 'innovation', 'technology', 'research', 'welfare', 'fisheries', 'forestry', 'climate', 'environment', 'agriculture', 'transport', 'francophonie', 'worship', 'political', 'economic', 'consular', 'multilateral', 'bilateral', 'legal', 'public', 'social', 'regional', 'strategic', 'parliamentary', 'religious', 'humanitarian', 'cultural', 'international', 'european', 'african', 'arab', 'asian', 'americas', 'gulf', 'digital', 'national', 'reconstruction']);

const PATRONYMIC = /^(?:bin|ibn|bint)$/;

let cache: { lex: Lexicon; words: Set<string>; heads: Set<string>; ofTail: Set<string> } | null = null;
function titleWords(lex: Lexicon): { words: Set<string>; heads: Set<string>; ofTail: Set<string> } {
  if (cache?.lex === lex) return cache;
  const words = new Set<string>(lex.sets.titleModifiers);
  const heads = new Set<string>();
  // Words that close a title after "of" ("State", "Foreign Affairs", "Staff", "Two Holy Mosques").
  const ofTail = new Set<string>();
  for (const t of lex.words.personTitles) {
    const ws = t.toLowerCase().split(/\s+/);
    ws.forEach((w) => words.add(w));
    // "Secretary of State": the head is "Secretary"; "State" only closes it after "of".
    const ofAt = ws.indexOf('of');
    heads.add(ofAt > 0 ? ws[ofAt - 1] : ws[ws.length - 1]);
    if (ofAt > 0) ws.slice(ofAt + 1).forEach((w) => ofTail.add(w));
  }
  for (const w of ['vice', 'deputy', 'acting', 'former', 'interim', 'senior']) heads.delete(w);
  cache = { lex, words, heads, ofTail };
  return cache;
}

function countryOf(lex: Lexicon, text: string): string | null | undefined {
  const d = lex.demonym(text);
  if (d !== undefined) return d;
  const c = lex.lookup(text).find((e) => e.type === 'country');
  return c ? c.country : undefined;
}

/** One past the longest known country of two or more words starting at j, else j. */
function placeEnd(toks: Token[], j: number, b: number, lex: Lexicon): number {
  for (let e = Math.min(b, j + lex.maxWords); e > j + 1; e--) {
    if (lex.lookup(toks.slice(j, e).map((x) => x.text).join(' ')).some((x) => x.type === 'country')) return e;
  }
  return j;
}

/** Splits a leading title off the run [a, b). */
export function splitTitle(toks: Token[], a: number, b: number, lex: Lexicon): TitleSplit {
  const { words, heads, ofTail } = titleWords(lex);
  let country: string | undefined;
  let roleA = a;
  let j = a;
  let headEnd = -1;
  let ofAfterHead = false;
  let countryAt: [number, number] | undefined;
  while (j < b) {
    const t = toks[j];
    const low = t.text.toLowerCase();
    // "President of the United States Barack Obama": a country of several words after "of" (the)
    // closes the title whole before a name; its first word may also be a title word ("United"
    // as in "United Nations"), which must not end the title inside the country's name. (With no
    // name after it, "the President of the Republic of Colombia" leaves the country a mention.)
    const ofBefore = j > a && (toks[j - 1].text === 'of' || (toks[j - 1].text === 'the' && toks[j - 2]?.text === 'of' && j - 1 > a));
    if (ofBefore && headEnd > 0) {
      const e = placeEnd(toks, j, b, lex);
      if (e > j + 1 && e < b) {
        const c = countryOf(lex, toks.slice(j, e).map((x) => x.text).join(' '));
        if (c) country = c;
        countryAt = [j, e];
        headEnd = e;
        j = e;
        break;
      }
    }
    if (j === roleA) {
      const c = countryOf(lex, t.text);
      if (c !== undefined && !heads.has(low)) {
        if (c) country = c;
        countryAt = [j, j + 1];
        roleA = j + 1;
        j++;
        continue;
      }
    }
    if (words.has(low) || low.endsWith('-general') || (low === 'of' || low === 'the' || low === 'for' || low === 'and')) {
      if (heads.has(low) || low.endsWith('-general')) headEnd = j + 1;
      // After "<head> of", title words close the title ("Minister of Foreign Affairs").
      else if (ofAfterHead && ofTail.has(low) && !['of', 'the', 'for', 'and'].includes(low)) headEnd = j + 1;
      if (low === 'of' && headEnd > 0) ofAfterHead = true;
      j++;
      continue;
    }
    // "Secretary of State", "Prime Minister of Pakistan": a place after "of" belongs to the title.
    if (j > a && toks[j - 1].text === 'of' && countryOf(lex, t.text) !== undefined) {
      const c = countryOf(lex, t.text);
      if (c) country = c;
      countryAt = [j, j + 1];
      headEnd = j + 1;
      j++;
      continue;
    }
    break;
  }
  // A title starts with a title word, not with "of" ("Bank of America Corporation" has none).
  if (roleA < b && ['of', 'the', 'for', 'and'].includes(toks[roleA].text)) return { nameA: a, titled: false };
  // "Dr. Sultan bin Ahmed Al Jaber", "Sheikh Sultan bin Mohammed": a patronymic needs a given
  // name before it, so a title word right before "bin"/"ibn"/"bint" is that name.
  if (headEnd > roleA && headEnd < b && PATRONYMIC.test(toks[headEnd].text) && toks[headEnd - 1].cap) headEnd--;
  if (headEnd === roleA && roleA > a) return { nameA: roleA, titled: false, country, countryAt };
  if (headEnd > roleA && headEnd < b) {
    const role = cleanRole(toks.slice(roleA, headEnd).map((t) => t.text).join(' '));
    return { nameA: headEnd, role, country, countryAt, titled: true };
  }
  if (headEnd === b && headEnd > roleA) return { nameA: b, titled: true, titleOnly: true, role: toks.slice(roleA, b).map((t) => t.text).join(' '), country, countryAt };
  return { nameA: a, titled: false };
}

// Forms of address that open a person's name; "Sheikh" and "Sultan" are left out: they are
// also inner words of names ("Hassan Sheikh Mohamud").
const ADDRESS = /^(?:H\.H\.|H\.E\.|H\.R\.H\.|HRH|Dr\.|Prof\.|Mr\.|Mrs\.|Ms\.)$/;
export function opensAddress(toks: Token[], i: number, courtly = false): boolean {
  if (ADDRESS.test(toks[i].text)) return !courtly || /^(?:H\.|HRH)/.test(toks[i].text);
  const next = toks[i + 1]?.text === 'Royal' ? toks[i + 2] : toks[i + 1];
  return /^(?:His|Her|Their)$/.test(toks[i].text) && /^(?:Highness|Excellency|Majesty|Holiness|Eminence|Highnesses|Excellencies|Majesties)$/.test(next?.text ?? '');
}

// Forms of address are not roles: "His Highness Sheikh" says nothing of the office held.
const HONORIFIC = /\b(?:His|Her|Their) (?:Royal )?(?:Highness|Excellency|Majesty|Holiness|Eminence)\b|\b(?:H\.H\.|H\.E\.|H\.R\.H\.|HRH|Rt\. Hon\.|Hon\.|Sheikh|Sheikha|Shaikh|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Sir|Dame|Engineer|Eng\.|Highness|Excellency|Majesty)(?=\s|$)|(?<!Crown )\bPrince(?=\s|$)|(?<!Crown )\bPrincess(?=\s|$)/g;

/** A role without forms of address; undefined when nothing else is left. */
export function cleanRole(role: string): string | undefined {
  const r = role.replace(HONORIFIC, ' ').replace(/\s+/g, ' ').trim().replace(/^(?:and|of|the)\s+|\s+(?:and|of|the)$/g, '');
  return r || undefined;
}

/** A lowercase title (optionally with a demonym) right before token a: "intel chief", "Russian counterpart". */
export function titleBefore(toks: Token[], a: number, lex: Lexicon, prev: Candidate[] = []): { role?: string; country?: string } | null {
  const { words } = titleWords(lex);
  let j = a - 1;
  if (j < 0 || !toks[j].word || toks[j].cap) return null;
  // Not across a line break (a headline's last word before a dateline), not before capitals.
  if (toks[a].lineStart || /^[\p{Lu}\d\W]+$/u.test(toks[a].text)) return null;
  const head = toks[j].text.toLowerCase();
  if (!lex.sets.lowerTitles.has(head)) return null;
  let k = j;
  let country: string | undefined;
  while (k - 1 >= 0 && toks[k - 1].word && k > a - 5) {
    const w = toks[k - 1].text;
    const low = w.toLowerCase();
    const c = countryOf(lex, w);
    if (c !== undefined) {
      // A demonym says whose ("Russian counterpart"); a country's name names the portfolio
      // ("Russia adviser", "Ukraine envoy").
      if (c && lex.demonym(w) !== undefined) country = c;
      k--;
      break;
    }
    if (!w.match(/^\p{Lu}/u) && (words.has(low) || lex.sets.lowerTitles.has(low))) {
      k--;
      continue;
    }
    break;
  }
  // "UN chief", "EU foreign policy chief", "Hamas leader": the body before the title belongs to the role.
  let owner = '';
  const o = toks[k - 1];
  if (!country && o?.word && o.cap && o.end + 1 === toks[k].start && lex.lookup(o.text).some((e) => e.kind === 'organization')) {
    owner = o.text;
    const oc = lex.lookup(o.text).find((e) => e.kind === 'organization')?.country;
    if (oc) country = oc;
  } else if (!owner) {
    // "National Intelligence Organization (MIT) head Kalın": an organization just before, with
    // or without its acronym in parentheses.
    const end = o?.text === ')' && toks[k - 3]?.text === '(' ? k - 4 : k - 1;
    const org = prev.find((c) => c.b - 1 === end && c.kind === 'organization');
    if (org) {
      owner = org.name ?? org.text;
      const oc = org.country ?? org.lex?.country;
      if (oc && !country) country = oc;
    }
  }
  const phrase = toks
    .slice(k, j + 1)
    .filter((t) => countryOf(lex, t.text) === undefined && !/^(?:his|her|their|its)$/i.test(t.text))
    .map((t) => t.text)
    .join(' ');
  const role = phrase === 'counterpart' ? undefined : owner ? `${owner} ${phrase}` : phrase;
  return { role, country };
}
