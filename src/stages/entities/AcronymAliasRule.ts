// "National Intelligence Organization (MIT)": an acronym in parentheses right after a name is
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
    if (o?.text !== '(' || cl?.text !== ')' || !x) continue;
    const acr = x.text;
    if (!/^[\p{Lu}][\p{Lu}\p{N}.&-]{1,9}$/u.test(acr)) continue;
    const known = lex.lookup(acr);
    const same = known.some((e) => c.lex ? e.name === c.lex.name : fold(e.name) === fold(c.name ?? c.text));
    const spelled = initials(c.name ?? c.text) === fold(acr).replace(/ /g, '');
    if (known.length && !same && !spelled) continue;
    c.kind ??= 'organization';
    c.aliases = [...(c.aliases ?? []), acr];
    const inner = byStart.get(c.b + 1);
    if (inner) {
      inner.kind = c.kind;
      inner.reason = 'acronym-alias';
      inner.strength = 2;
      inner.lex = c.lex;
    }
  }
}
