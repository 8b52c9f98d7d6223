// Context that makes a person-shaped name a place: "the Atanasio Girardot bridge" (a person is
// not preceded by "the"), "the states of Táchira and Norte de Santander", "at Qasr Al Watan in
// Abu Dhabi" (a venue between "at" and "in <place>").
import type { Candidate } from './Candidate.ts';
import type { Token } from './Tokenizer.ts';
import { opensAddress } from './TitleRoleRule.ts';

const PLACE_NOUNS = new Set(['city', 'town', 'village', 'province', 'state', 'states', 'region', 'district', 'county', 'capital', 'island', 'islands', 'municipality', 'governorate', 'department', 'prefecture', 'oblast', 'neighborhood', 'neighbourhood', 'suburb', 'port', 'area']);

// "the Simón Bolívar bridge", "John F. Kennedy airport": a name before a facility noun.
const FACILITIES = new Set(['bridge', 'bridges', 'airport', 'stadium', 'street', 'avenue', 'boulevard', 'square', 'highway', 'crossing', 'crossings', 'border', 'dam', 'port', 'station', 'hospital', 'mosque', 'church', 'university', 'school', 'park', 'palace', 'building', 'tower', 'hall', 'camp', 'base', 'canal', 'road', 'prison']);

const SITE_HEAD = /^(?:[Ff]acility|[Ff]acilities|[Bb]ase|[Bb]ases|[Pp]ort|[Pp]lant|[Pp]lants|[Ff]actory|[Ff]actories|[Rr]efinery|[Cc]amp|[Cc]amps|[Aa]irport|[Aa]irbase|[Ee]mbassy|[Cc]onsulate|[Ss]hipyard|[Mm]ine|[Hh]eadquarters|[Oo]ffices?|[Cc]ompound|[Pp]rison|[Hh]ospital|[Ss]ite|[Tt]erminal)$/;

const VENUES = new Set(['center', 'centre', 'arena', 'stadium', 'theater', 'theatre', 'hall', 'auditorium', 'pavilion', 'ballroom', 'hotel', 'resort']);

const PLACE_PREPOSITIONS = new Set(['over', 'across', 'at', 'in', 'near', 'on', 'from', 'to', 'into', 'through', 'along', 'via', 'outside', 'inside']);

export function applyPlaceContext(cands: Candidate[], toks: Token[]): void {
  const afterPlaceNoun = (a: number) => toks[a - 1]?.text === 'of' && PLACE_NOUNS.has(toks[a - 2]?.text.toLowerCase() ?? '');
  for (const c of cands) {
    if (c.kind !== 'person' || c.strength >= 2 || c.lex) continue;
    const p1 = toks[c.a - 1]?.text;
    let place = false;
    const p2 = toks[c.a - 2]?.text.toLowerCase() ?? '';
    // "over the Simón Bolívar (bridge)", "the Atanasio Girardot binational bridge"; but "imperils
    // the Northrop Grumman plan" names a company.
    const facilityNext = FACILITIES.has(toks[c.b]?.text ?? '') || (toks[c.b]?.word && !toks[c.b].cap && FACILITIES.has(toks[c.b + 1]?.text ?? ''));
    // "the Naval Support Facility in Mina Salman", "a factory near Velmar Ostra": a site is
    // somewhere; a person is not what a facility stands in.
    const facilityBefore = /^(?:in|at|near|outside)$/.test(p1 ?? '') && SITE_HEAD.test(toks[c.a - 2]?.text ?? '') && !toks[c.b - 1].possessive;
    if ((p1?.toLowerCase() === 'the' && PLACE_PREPOSITIONS.has(p2)) || afterPlaceNoun(c.a) || facilityNext || facilityBefore) place = true;
    else if (p1 === 'and' || p1 === ',') {
      // "the states of Táchira and Norte de Santander": a list that began as places.
      const prev = cands.find((x) => x.b === c.a - 1);
      place = !!prev && (afterPlaceNoun(prev.a) || prev.reason === 'place-context');
    } else if (p1 === 'at') {
      const next = cands.find((x) => x.a === c.b + 1);
      place = toks[c.b]?.text === 'in' && next?.kind === 'location' && next.strength >= 2;
      // "received today at Qasr Al Shati His Excellency Dr. Abiy Ahmed": a person's form of
      // address right after the name; a guest is received at a place, not at a person.
      // The form of address is plain evidence: it also types the name's other mentions (a
      // headline's "receives ... at Qasr Al Shati").
      if (!place && opensAddress(toks, c.b, true) && cands.some((x) => x.kind === 'person' && x.a > c.b && x.a - c.b <= 5)) {
        Object.assign(c, { kind: 'location', reason: 'place-context', strength: 2, role: undefined, country: undefined });
        continue;
      }
    }
    if (place) Object.assign(c, { kind: 'location', reason: 'place-context', strength: 1, role: undefined, country: undefined });
  }
  // "at the Moscone West center", "in the Velmar Hall arena": a name only the tagger typed, between
  // "at/in ... the" and a venue noun, is the venue ("at the Boeing plant" names the company's site).
  for (const c of cands) {
    if (c.kind !== 'organization' || c.strength > 0 || c.lex) continue;
    const next = toks[c.b];
    if (toks[c.a - 1]?.text.toLowerCase() === 'the' && PLACE_PREPOSITIONS.has(toks[c.a - 2]?.text.toLowerCase() ?? '') && next?.word && !next.cap && VENUES.has(next.text)) {
      Object.assign(c, { kind: 'location', reason: 'place-context', strength: 1 });
    }
  }
  // "the Zimon Bolvar and Franco Santel bridges": the first of two places joined by "and".
  for (const c of [...cands].reverse()) {
    if (c.kind !== 'person' || c.strength >= 2 || c.lex || toks[c.b]?.text !== 'and') continue;
    const next = cands.find((x) => x.a === c.b + 1);
    if (next?.reason === 'place-context') Object.assign(c, { kind: 'location', reason: 'place-context', strength: 1, role: undefined, country: undefined });
  }
}
