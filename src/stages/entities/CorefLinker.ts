// In-article coreference: mentions of one actor become one entity. Full names are placed
// first; a later (or earlier) "Fidan", "Kalin", "Haniyye" joins the full name whose words it
// spells (diacritics and transliteration folded); acronyms join their long form; countries
// join across spellings through the lexicon ("Turkey" / "Türkiye").
import type { EntityKind } from '../../pipeline/types.ts';
import type { Candidate } from './Candidate.ts';
import { fold, sameNameWord } from './Fold.ts';

const PARTICLES = new Set(['bin', 'ibn', 'bint', 'al', 'el', 'de', 'da', 'von', 'van', 'der', 'den', 'la', 'le', 'du', 'di', 'of', 'the', 'and', 'abu', 'ben']);

export interface Cluster {
  kind: EntityKind | null;
  mentions: Candidate[];
  forms: Set<string>; // folded texts and aliases
  words: string[]; // distinctive words of the longest form
  allWords: string[]; // every folded word of the longest form, particles included
  lexName?: string;
  strength: number;
}

const GENERIC_HEADS = new Set(['council', 'ministry', 'organization', 'organisation', 'agency', 'bureau', 'party', 'army', 'forces', 'committee', 'union', 'bank', 'corporation', 'office', 'group', 'movement', 'court', 'parliament', 'assembly', 'commission', 'authority', 'government', 'department', 'administration', 'service', 'company', 'inc', 'corp', 'co', 'ltd', 'llc', 'plc']);
const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'ben', 'ould', 'ibni']);
const wordsOf = (s: string) => fold(s).split(' ').filter((w) => w && !PARTICLES.has(w));

function compatibleKinds(a: EntityKind | null, sa: number, b: EntityKind | null, sb: number): boolean {
  return !a || !b || a === b || Math.min(sa, sb) < 2;
}

function joins(c: Candidate, k: Cluster): boolean {
  if (!compatibleKinds(c.kind, c.strength, k.kind, k.strength)) return false;
  const f = fold(c.name ?? c.text);
  if (k.forms.has(f)) return true;
  if (c.lex && k.lexName && c.lex.name === k.lexName && c.lex.kind === k.kind) return true;
  if (c.lex && c.lex.type === 'country' && k.mentions.some((m) => m.lex?.type === 'country' && m.lex.country === c.lex!.country)) return true;
  const kind = c.kind ?? k.kind;
  if (kind === 'organization' && k.kind === 'organization') {
    const cw = fold(c.name ?? c.text).split(' ');
    const kw = [...k.forms].sort((x, y) => y.length - x.length)[0]?.split(' ') ?? [];
    // "NSC" ... "National Security Council": an acronym that spells the name.
    if (cw.length === 1 && /^[\p{Lu}]{3,6}$/u.test(c.text) && kw.length >= 3) {
      const ini = kw.filter((w) => !['of', 'the', 'and', 'for'].includes(w)).map((w) => w[0]).join('');
      if (ini === cw[0]) return true;
    }
    // "Intelligence Committee" ... "House Intelligence Committee": the same body without its owner.
    if (cw.length >= 2 && cw.length < kw.length && kw.length - cw.length <= 2 && GENERIC_HEADS.has(cw[cw.length - 1]) && cw.every((w, i) => kw[kw.length - cw.length + i] === w)) return true;
    // "Hamas Shura" ... "Hamas Shura Council": the same name without its generic head.
    // A name that already ends in a head ("African Union") is complete: not "African Union Commission".
    return cw.length >= 2 && !GENERIC_HEADS.has(cw[cw.length - 1]) && cw.length < kw.length && cw.every((w, i) => kw[i] === w) && kw.slice(cw.length).every((w) => GENERIC_HEADS.has(w));
  }
  if (kind !== 'person' || k.kind !== 'person') return false;
  // A shorter name whose every word spells a word of the cluster's full name.
  const cw = wordsOf(c.text);
  if (!cw.length || cw.length >= k.words.length + (c.kind ? 0 : 1)) return false;
  if (!cw.every((w) => k.words.some((x) => sameNameWord(w, x)))) return false;
  // A lone word spelled only near a given name ("Petra" / "Pedro Sánchez") is someone else:
  // transliterations vary in the family name, which a lone mention uses.
  if (cw.length === 1 && !k.words.some((x) => x === cw[0]) && !sameNameWord(cw[0], k.words[k.words.length - 1])) return false;
  // "Mohamed bin Zayed" is not "Theyab bin Mohamed bin Zayed": a shorter name may not start
  // at a patronymic.
  if (cw.length > 1) {
    const i = k.allWords.findIndex((x) => sameNameWord(cw[0], x));
    if (i > 0 && PATRONYMIC.has(k.allWords[i - 1])) return false;
  }
  return true;
}

export function link(cands: Candidate[]): Cluster[] {
  const order = [...cands].sort(
    (x, y) => wordsOf(y.name ?? y.text).length - wordsOf(x.name ?? x.text).length || y.strength - x.strength || x.start - y.start,
  );
  const clusters: Cluster[] = [];
  for (const c of order) {
    const hits = clusters.filter((k) => joins(c, k));
    let k: Cluster | undefined;
    if (hits.length > 1) {
      // Several full names fit ("Mohammed"): take the one mentioned last before this mention.
      const near = (h: Cluster) => Math.max(-1, ...h.mentions.filter((m) => m.start < c.start).map((m) => m.start));
      k = [...hits].sort((p, q) => near(q) - near(p))[0];
    } else k = hits[0];
    if (!k) {
      k = { kind: c.kind, mentions: [], forms: new Set(), words: wordsOf(c.name ?? c.text), allWords: fold(c.name ?? c.text).split(' '), lexName: c.lex?.name, strength: c.strength };
      clusters.push(k);
    }
    k.mentions.push(c);
    k.forms.add(fold(c.name ?? c.text));
    for (const a of c.aliases ?? []) k.forms.add(fold(a));
    if (c.lex && !k.lexName && (!k.kind || c.lex.kind === k.kind)) k.lexName = c.lex.name;
    if (c.kind && (!k.kind || c.strength > k.strength)) {
      k.kind = c.kind;
      k.strength = c.strength;
    }
  }
  return clusters;
}
