// Organizations named by description rather than by name: "the Israeli army", "Turkey's
// foreign ministry", "Erdoğan's office", "the Trump administration", "the presidential office".
// The annotation guide counts a body described specifically enough to identify it.
import type { Candidate } from './Candidate.ts';
import type { Lexicon } from './Lexicons.ts';
import type { Token } from './Tokenizer.ts';

const PERSON_HEADS = new Set(['administration', 'government', 'cabinet', 'office', 'campaign', 'party', 'team', 'spokesman', 'spokesperson']);
const NAME_HEADS = new Set(['administration', 'government', 'cabinet']);

export function findDescriptorOrgs(cands: Candidate[], toks: Token[], text: string, lex: Lexicon): Candidate[] {
  const out: Candidate[] = [];
  const endsAt = new Map(cands.map((c) => [c.b - 1, c]));
  // The countries the article places things in (a capital counts for its country).
  const countries = new Set(cands.filter((c) => c.kind === 'location' && (c.lex?.type === 'country' || c.lex?.type === 'city') && c.lex.country && c.lex.country.length === 3).map((c) => c.lex!.country!));
  for (let i = 1; i < toks.length; i++) {
    if (!toks[i].word || toks[i].cap) continue;
    let e = 0;
    for (let k = Math.min(toks.length, i + 3); k > i; k--) {
      const phrase = toks.slice(i, k).map((t) => t.text.toLowerCase()).join(' ');
      if (toks.slice(i, k).every((t) => t.word && !t.cap) && lex.sets.lowerOrgHeads.has(phrase)) {
        e = k;
        break;
      }
    }
    if (!e) continue;
    const head = toks.slice(i, e).map((t) => t.text.toLowerCase()).join(' ');
    if (head === 'spokesman' || head === 'spokesperson') continue;
    const prev = toks[i - 1];
    const owner = endsAt.get(i - 1);
    let a = -1;
    // "the South African presidency", "the Sri Lankan government": a demonym of two words.
    const prev2 = toks[i - 2];
    const dem2 = prev.cap && prev2?.cap && prev2.word && !prev2.possessive && prev2.end + 1 === prev.start ? lex.demonym(`${prev2.text} ${prev.text}`) : undefined;
    if (dem2 && !prev.possessive) a = i - 2;
    else if (prev.cap && lex.demonym(prev.text) && !prev.possessive) a = i - 1;
    else if (owner && prev.possessive && (owner.kind === 'location' || owner.kind === 'organization' || (owner.kind === 'person' && PERSON_HEADS.has(head)))) a = owner.a;
    else if (owner && !prev.possessive && owner.kind === 'person' && NAME_HEADS.has(head)) a = owner.a;
    else if (prev.text.toLowerCase() === 'the' && e - i >= 2 && !/^(security forces|armed forces)$/.test(head)) a = i;
    if (a < 0) continue;
    if (e < toks.length && toks[e].word && !toks[e].cap && /^(of|for)$/.test(toks[e].text) === false && lex.sets.lowerOrgHeads.has(toks[e].text.toLowerCase())) continue;
    const c: Candidate = {
      a,
      b: e,
      start: toks[a].start,
      end: toks[e - 1].end,
      text: text.slice(toks[a].start, toks[e - 1].end),
      kind: 'organization',
      reason: 'descriptor',
      strength: 2,
    };
    if (a === i - 1 && lex.demonym(prev.text)) c.country = lex.demonym(prev.text) ?? undefined;
    if (a === i - 2 && dem2) c.country = dem2;
    // "Egypt's presidency" is the Egyptian Presidency: a country's body goes by the demonym.
    if (owner && prev.possessive && owner.kind === 'location' && owner.lex?.type === 'country' && owner.lex.country) {
      const dem = lex.demonymOf.get(owner.lex.country);
      if (dem) {
        c.name = `${dem} ${head}`;
        c.country = owner.lex.country;
      }
    }
    // "the foreign ministry said", with no owner, in an article about two countries: which
    // ministry is not said, and a body not identified is none (ANNOTATION: "described
    // specifically enough to identify one organization").
    if (a === i && /ministry$/.test(head) && countries.size !== 1) {
      i = e - 1;
      continue;
    }
    // With one country in the article it is that country's ministry: "Turkish foreign ministry".
    if (a === i && /ministry$/.test(head) && countries.size === 1) {
      c.country = [...countries][0];
      const dem = lex.demonymOf.get(c.country);
      if (dem) c.name = `${dem} ${head}`;
    }
    // "Akorda, the Kazakh presidential office, said": the description in apposition names the
    // organization before it; it is that body's alias, no body of its own.
    const named = appositionOf(c, toks, endsAt, lex);
    if (named) c.name = named;
    out.push(c);
    i = e - 1;
  }
  return out;
}

function appositionOf(c: Candidate, toks: Token[], endsAt: Map<number, Candidate>, lex: Lexicon): string | undefined {
  if (toks[c.a - 1]?.text.toLowerCase() !== 'the' || toks[c.a - 2]?.text !== ',') return undefined;
  const org = endsAt.get(c.a - 3);
  if (!org || org.kind !== 'organization') return undefined;
  // Not a list ("the Kremlin, the Russian government and the army"): the apposition closes
  // with a comma and a verb or with the sentence.
  const next = toks[c.b];
  const closes = !next || next.text === '.' || (next.text === ',' && toks[c.b + 1]?.word && !toks[c.b + 1].cap && !/^(?:and|or|the|a|an)$/.test(toks[c.b + 1].text));
  if (!closes) return undefined;
  const own = org.country ?? org.lex?.country;
  if (own && c.country && lex.countryCode(own) !== lex.countryCode(c.country)) return undefined;
  return org.name ?? org.lex?.name ?? org.text;
}
