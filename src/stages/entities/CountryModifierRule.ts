// "US$ 40 billion", "US dollars": a country name inside a currency names no actor; the mention
// is dropped (the country stays an entity where the text names it otherwise).
import type { Candidate } from './Candidate.ts';
import type { Token } from './Tokenizer.ts';

export function dropCurrencyCountries(cands: Candidate[], toks: Token[]): Candidate[] {
  return cands.filter((c) => {
    if (c.kind !== 'location' || c.lex?.type !== 'country') return true;
    const next = toks[c.b];
    if (!next) return true;
    if (next.text === '$' && next.start === toks[c.b - 1].end) return false;
    return !/^dollars?$/i.test(next.text);
  });
}
