// A country that describes an organization is the organization's nationality, like a demonym,
// not a place the text talks about: "US automaker GM", "the United States auto manufacturer
// Chrysler", "Ford Motor Company, the U.S. car maker," ("American automaker GM" has no place
// either), and "the US government" (the body, as "the American government"). The country goes
// to the organization's `country`; the place mention goes. A country the text locates things
// in stays: "US banks", "US stock markets", "the US economy", "Turkey's foreign ministry".
import type { Candidate } from './Candidate.ts';
import type { Lexicon } from './Lexicons.ts';
import type { Token } from './Tokenizer.ts';

// Lowercase words that may stand between the country and the company noun ("US auto
// manufacturer", "U.S. electronics retailer", "United States automobile manufacturing firm").
const MODIFIER = /^(?:auto|car|automobile|automotive|aircraft|aerospace|defen[cs]e|electronics|music|software|technology|tech|oil|energy|drug|steel|mining|media|manufacturing|industrial|airline|aviation|computer|chip|telecoms?|telecommunications|retail|state-owned|private|public|largest|biggest|leading|major|national|flag)$/i;
// Words before the country that make a lone company noun refer to one firm ("the US
// manufacturer", "another U.S. car maker", "a U.S. company").
const DETERMINER = /^(?:the|another|a|an|fellow|rival)$/i;

export function dropCountriesOfOrgs(cands: Candidate[], toks: Token[], lex: Lexicon): Candidate[] {
  const startsAt = new Map<number, Candidate[]>();
  for (const c of cands) startsAt.set(c.a, [...(startsAt.get(c.a) ?? []), c]);
  const drop = new Set<Candidate>();
  for (const c of cands) {
    if (c.kind !== 'location' || c.lex?.type !== 'country' || c.possessive || toks[c.b - 1].possessive || !c.lex.country) continue;
    // "the US government": a descriptor body that opens with the country names it.
    const body = (startsAt.get(c.a) ?? []).find((o) => o !== c && o.kind === 'organization' && o.reason === 'descriptor' && o.b > c.b);
    if (body) {
      body.country ??= c.lex.country;
      drop.add(c);
      continue;
    }
    const last = toks[c.b - 1];
    // Up to two modifiers, then the company noun.
    let k = c.b;
    let mods = 0;
    while (k < toks.length && mods < 2 && isLower(toks[k], last) && MODIFIER.test(toks[k].text) && !isCue(toks[k].text, lex)) {
      k++;
      mods++;
    }
    const cue = toks[k];
    if (!cue || !isLower(cue, last) || !isCue(cue.text, lex)) continue;
    const next = toks[k + 1];
    const named = next && next.word && next.cap && next.sent === cue.sent && next.start === cue.end + 1;
    const prev = toks[c.a - 1];
    const determined = prev && prev.word && prev.sent === last.sent && DETERMINER.test(prev.text) && ONE_FIRM.test(cue.text);
    if (!named && !determined) continue;
    drop.add(c);
    if (named) for (const o of startsAt.get(k + 1) ?? []) if (o.kind === 'organization') o.country ??= c.lex.country;
  }
  return drop.size ? cands.filter((c) => !drop.has(c)) : cands;
}

/** A lowercase word of the same sentence (hyphenated "car-maker" too). */
function isLower(t: Token, last: Token): boolean {
  return t.word && !t.cap && t.sent === last.sent && /^\p{Ll}[\p{L}-]*$/u.test(t.text);
}

/** A company noun, singular or plural ("automaker", "automakers", "car maker" ends in one). */
function isCue(w: string, lex: Lexicon): boolean {
  const l = w.toLowerCase();
  if (lex.sets.companyCues.has(l) || COMPANY_NOUNS.has(l)) return true;
  const sing = l.replace(/(?:ies)$/, 'y').replace(/s$/, '');
  return (lex.sets.companyCues.has(sing) || COMPANY_NOUNS.has(sing)) && !NOT_PLURAL.has(l);
}
// Singular nouns that after "the US" name one firm; "the US unit", "the US network" say where.
const ONE_FIRM = /^(?:company|firm|maker|manufacturer|planemaker|carmaker|automaker|chipmaker|drugmaker|airline|carrier|giant|conglomerate|retailer|bank|insurer|lender|airframer|corporation|producer|multinational|shipbuilder)$/i;
// Company nouns the cue list leaves out because they do not type a name before them.
const COMPANY_NOUNS = new Set(['corporation', 'multinational', 'producer', 'exporter', 'importer', 'distributor', 'shipbuilder', 'drugmaker', 'automobile company']);
// Cue words that are no company nouns in the plural ("brands" of a country are products).
const NOT_PLURAL = new Set(['brands', 'labels', 'units', 'networks', 'banks', 'parents', 'rivals', 'operators', 'developers', 'suppliers', 'contractors', 'lenders', 'insurers', 'publishers', 'broadcasters']);
