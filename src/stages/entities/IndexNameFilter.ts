// A stock market index is no organization: "the Dow Jones Industrial Average", "the Nasdaq
// Composite", "Japan's Nikkei index", "the FTSE 100 index". Once the article names an index,
// its short forms ("the Dow Jones", "the Dow") and its initials ("DJIA") are the index too.
import type { Candidate } from './Candidate.ts';
import type { Token } from './Tokenizer.ts';

const INDEX_HEAD = /^(?:Average|Composite)$/;
const INDEX_NOUN = /^(?:index|indices|indexes|average|composite)$/i;

export function dropIndexNames(cands: Candidate[], toks: Token[]): Candidate[] {
  const isIndex = (c: Candidate): boolean => {
    if (c.kind === 'person' || c.kind === 'location') return false;
    const words = c.text.split(/\s+/);
    if (words.length >= 2 && INDEX_HEAD.test(words[words.length - 1])) return true;
    // "the Nikkei index", "the FTSE 100 index": the index noun right after (a number between).
    let k = c.b;
    if (toks[k] && /^\d{2,4}$/.test(toks[k].text) && !/^(?:1[89]|20)\d\d$/.test(toks[k].text)) k++;
    return !!toks[k] && toks[k].sent === toks[c.b - 1].sent && INDEX_NOUN.test(toks[k].text);
  };
  const indexes = cands.filter(isIndex);
  if (!indexes.length) return cands;
  const full = indexes.map((c) => c.text.split(/\s+/));
  const initials = new Set(full.filter((w) => w.length >= 3).map((w) => w.map((x) => x[0]).join('').toUpperCase()));
  const prefixOfIndex = (c: Candidate) => {
    const w = c.text.split(/\s+/);
    return full.some((f) => f.length > w.length && w.every((x, i) => x === f[i]));
  };
  return cands.filter((c) => !indexes.includes(c) && !(c.kind !== 'person' && c.kind !== 'location' && (prefixOfIndex(c) || initials.has(c.text))));
}
