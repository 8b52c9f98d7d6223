// "Mohammad Darwish Ismail, Chairman of Hamas' Shura Council," and "Yahya Sinwar, the head of
// Hamas' Political Bureau, ...": a title phrase set off by a comma after a name makes it a
// person and gives the role. ", who" after an untyped name says person too.
import type { Candidate } from './Candidate.ts';
import type { Lexicon } from './Lexicons.ts';
import type { Token } from './Tokenizer.ts';

const ARTICLES = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'also', 'now', 'then', 'currently', 'formerly']);
const STOP = new Set([',', '.', ';', ':', ')', '(', '—', '–', '"', '“', '”']);

export function applyAppositions(cands: Candidate[], toks: Token[], text: string, lex: Lexicon): void {
  for (const c of cands) {
    if ((c.kind === 'organization' || c.kind === 'location') && c.strength >= 2) continue;
    if (c.b >= toks.length || toks[c.b].text !== ',') continue;
    let i = c.b + 1;
    if (i < toks.length && toks[i].text.toLowerCase() === 'who' && c.b - c.a >= 1) {
      // "AirTanker, who ...", "JetBlue, who ...": an inner capital marks a brand, not a person
      // (name prefixes "McDonald", "DeSantis", "LeBron" aside).
      const brand = c.b - c.a === 1 && /\p{Ll}\p{Lu}/u.test(c.text) && !/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O')\p{Lu}/u.test(c.text);
      if (!c.kind && !brand) Object.assign(c, { kind: 'person', reason: 'apposition-who', strength: 1 });
      continue;
    }
    while (i < toks.length && ARTICLES.has(toks[i].text.toLowerCase())) i++;
    const p0 = i;
    let country: string | undefined;
    const d = i < toks.length ? lex.demonym(toks[i].text) : undefined;
    if (d !== undefined) {
      if (d) country = d;
      i++;
    }
    if (i >= toks.length) continue;
    const w = toks[i].text.toLowerCase();
    const isTitle = lex.sets.lowerTitles.has(w) || lex.sets.personTitles.has(w) || (lex.sets.titleModifiers.has(w) && i + 1 < toks.length && lex.sets.personTitles.has(toks[i + 1].text.toLowerCase()));
    if (!isTitle) continue;
    let e = i;
    while (e < toks.length && e - p0 < 12 && !STOP.has(toks[e].text) && toks[e].sent === toks[i].sent) {
      if (['who', 'which', 'that', 'said', 'says'].includes(toks[e].text.toLowerCase())) break;
      e++;
    }
    if (e === toks.length || !STOP.has(toks[e].text)) continue;
    const role = text.slice(toks[p0].start, toks[e - 1].end);
    if (!c.kind || c.strength < 2) Object.assign(c, { kind: 'person', reason: c.kind === 'person' ? c.reason : 'apposition', strength: Math.max(c.strength, 1) });
    if (c.kind === 'person') {
      c.role ??= role;
      c.country ??= country;
    }
  }
}
