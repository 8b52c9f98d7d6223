// A stock market index is no organization: "the Dow Jones Industrial Average", "the Nasdaq
// Composite", "Japan's Nikkei stock index", "the FTSE 100 index". A name moving by points ("The
// Nasdaq fell 82.65 points", "Dow falls 340 points") is an index too: shares move in money or
// percent, indexes in points; a well-known index name ("Nikkei", "Dow Jones") moving by any
// figure is one ("the Nikkei closed down 6.4 percent"). Once the article names an index, its
// other mentions, short forms ("the Dow") and initials or ticker in brackets ("DJIA", "INDU")
// are the index too.
import type { Candidate } from './Candidate.ts';
import type { Lexicon } from './Lexicons.ts';
import type { Token } from './Tokenizer.ts';

const INDEX_HEAD = /^(?:Average|Composite)$/;
const INDEX_NOUN = /^(?:index|indices|indexes|average|composite)$/i;
// "the Nikkei stock index", "the Dow Jones industrial average": words between a name and its index noun.
const INDEX_MODIFIER = /^(?:stock|share|shares|market|industrial|composite|benchmark|blue-chip|main|key)$/i;
const MOVES = /^(?:fell|falls|fall|falling|rose|rises|rise|rising|dropped|drops|drop|dipped|dips|gained|gains|gain|lost|loses|lose|closed|closes|close|plunged|plunges|plummeted|plummets|slid|slides|slipped|slips|jumped|jumps|climbed|climbs|surged|surges|tumbled|tumbles|sank|sinks|soared|soars|advanced|advances|declined|declines|finished|ends|ended|opened|down|up|added|adds|shed|sheds|edged|rallied|rallies|recovered|recovers)$/i;
const AUX = /^(?:was|is|were|are|had|has|have|also|nearly|sharply|slightly|briefly|again|then|later|,)$/i;
const YEAR = /^(?:1[89]|20)\d\d$/;

export function dropIndexNames(cands: Candidate[], toks: Token[], lex: Lexicon): Candidate[] {
  const known = (c: Candidate) => lex.sets.indexNames.has(c.text);
  const sameSentence = (k: number, c: Candidate) => !!toks[k] && toks[k].sent === toks[c.b - 1].sent;
  /** One past the index phrase when the candidate names an index by its noun, else -1. */
  const indexNounEnd = (c: Candidate): number => {
    let k = c.b;
    if (toks[k] && /^\d{2,4}$/.test(toks[k].text) && !YEAR.test(toks[k].text)) k++;
    while (sameSentence(k, c) && INDEX_MODIFIER.test(toks[k].text) && k - c.b < 3) k++;
    return sameSentence(k, c) && INDEX_NOUN.test(toks[k].text) ? k + 1 : -1;
  };
  /** "fell 82.65 points", "was down 2.62%": a move by a figure after the name (or its number). */
  const moves = (c: Candidate): boolean => {
    let k = c.b;
    if (toks[k] && /^\d{2,4}$/.test(toks[k].text) && !YEAR.test(toks[k].text) && toks[k].start === toks[c.b - 1].end + 1) k++;
    // "the Dow Jones (DJIA), which fell 678 points"
    if (toks[k]?.text === '(' && toks[k + 2]?.text === ')') k += 3;
    while (sameSentence(k, c) && (AUX.test(toks[k].text) || /^(?:which|that)$/i.test(toks[k].text)) && k - c.b < 5) k++;
    if (!sameSentence(k, c) || !MOVES.test(toks[k].text)) return false;
    for (let j = k + 1; j < k + 7 && sameSentence(j, c); j++) {
      if (!/^\d[\d,.]*%?$/.test(toks[j].text)) continue;
      const unit = toks[j + 1]?.text.toLowerCase() ?? '';
      if (unit === 'points' || unit === 'pts') return true;
      if (known(c) && (toks[j].text.endsWith('%') || unit === '%' || unit === 'percent' || unit === 'per' || /,\d{3}/.test(toks[j].text))) return true;
      return false;
    }
    return false;
  };
  const isIndex = (c: Candidate): boolean => {
    if (c.kind === 'person' || (c.kind === 'location' && (c.strength > 0 || c.lex))) return false;
    const words = c.text.split(/\s+/);
    if (words.length >= 2 && INDEX_HEAD.test(words[words.length - 1])) return true;
    return indexNounEnd(c) > 0 || moves(c);
  };
  const indexes = cands.filter(isIndex);
  if (!indexes.length) return cands;
  const full = indexes.map((c) => c.text.split(/\s+/));
  const initials = new Set(full.filter((w) => w.length >= 3).map((w) => w.map((x) => x[0]).join('').toUpperCase()));
  // The ticker or initials in brackets right after the index phrase: "industrial average (INDU)".
  const bracketed = new Set<number>();
  for (const c of indexes) {
    const e = indexNounEnd(c);
    const k = e > 0 ? e : c.b;
    if (toks[k]?.text === '(' && toks[k + 2]?.text === ')') bracketed.add(k + 1);
  }
  const sameOrPrefix = (c: Candidate) => {
    const w = c.text.split(/\s+/);
    return full.some((f) => f.length >= w.length && w.every((x, i) => x === f[i]));
  };
  // "the United States Dow Jones Industrial Average": a country before the index is still a place.
  const places: Candidate[] = [];
  for (const c of indexes) {
    for (let e = c.b - 1; e > c.a; e--) {
      const words = toks.slice(c.a, e).map((t) => t.text).join(' ');
      const entry = lex.lookup(words).find((x) => x.kind === 'location');
      if (!entry) continue;
      places.push({ ...c, b: e, end: toks[e - 1].end, text: words, kind: 'location', reason: 'lexicon', strength: 2, lex: entry, name: undefined, possessive: false });
      break;
    }
  }
  return [...places, ...cands].filter((c) => {
    if (places.includes(c)) return true;
    if (indexes.includes(c)) return false;
    if (c.kind === 'person' || (c.kind === 'location' && (c.strength > 0 || c.lex))) return true;
    return !(sameOrPrefix(c) || initials.has(c.text) || (c.b - c.a === 1 && bracketed.has(c.a)));
  });
}
