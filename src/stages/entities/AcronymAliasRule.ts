// "National Intelligence Organization (MIT)", "the X Dialogue Forum, known as IBSA,": an acronym
// in parentheses (or after "known as") right after a name is
// that name's alias, and its later mentions are the same entity, unless the acronym is known
// as something else ("Political Bureau of the Communist Party of China (CPC)": CPC is the party).
import type { Candidate } from './Candidate.ts';
import { fold } from './Fold.ts';
import type { Lexicon } from './Lexicons.ts';
import type { Token } from './Tokenizer.ts';

const initials = (s: string) =>
  fold(s)
    .split(' ')
    .filter((w) => w && !['of', 'the', 'and', 'for', 'de', 'la', 'al'].includes(w))
    .map((w) => w[0])
    .join('');

export function applyAcronyms(cands: Candidate[], toks: Token[], lex: Lexicon): void {
  const byStart = new Map(cands.map((c) => [c.a, c]));
  for (const c of cands) {
    if (c.kind === 'person' || c.b - c.a < 2) continue;
    const [o, x, cl] = [toks[c.b], toks[c.b + 1], toks[c.b + 2]];
    // "the India-Brazil-South Africa Dialogue Forum, known as IBSA,": the same alias in words.
    const knownAs = knownAsAt(toks, c.b);
    if (knownAs >= 0) {
      alias(c, knownAs, toks, lex, byStart);
      continue;
    }
    if (o?.text !== '(' || cl?.text !== ')' || !x) continue;
    alias(c, c.b + 1, toks, lex, byStart);
  }
}

/** The acronym at token i names c, unless it is known as something else. */
function alias(c: Candidate, i: number, toks: Token[], lex: Lexicon, byStart: Map<number, Candidate>): void {
  const acr = toks[i].text;
  if (!/^[\p{Lu}][\p{Lu}\p{N}.&-]{1,9}$/u.test(acr)) return;
  const known = lex.lookup(acr);
  const same = known.some((e) => c.lex ? e.name === c.lex.name : fold(e.name) === fold(c.name ?? c.text));
  const spelled = initials(c.name ?? c.text) === fold(acr).replace(/ /g, '');
  if (known.length && !same && !spelled) return;
  c.kind ??= 'organization';
  c.aliases = [...(c.aliases ?? []), acr];
  const inner = byStart.get(i);
  if (inner) {
    inner.kind = c.kind;
    inner.reason = 'acronym-alias';
    inner.strength = 2;
    inner.lex = c.lex;
  }
}

/** ", known as X" / ", also known as X" / "(known as X)" after a name: the token of X, else -1. */
function knownAsAt(toks: Token[], b: number): number {
  let k = b;
  if (toks[k]?.text === ',' || toks[k]?.text === '(') k++;
  else return -1;
  if (toks[k]?.text === 'also') k++;
  if (toks[k]?.text !== 'known' || toks[k + 1]?.text !== 'as') return -1;
  k += 2;
  if (toks[k]?.text === 'the') k++;
  // one word, then the end of the phrase
  const end = toks[k + 1]?.text;
  return toks[k]?.word && (!end || /^[,.;:)]$/.test(end) || !toks[k + 1].cap) ? k : -1;
}
