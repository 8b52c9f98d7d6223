// "National Intelligence Organization (MIT)": an acronym in parentheses right after a name is
// that name's alias, and its later mentions are the same entity.
import type { Candidate } from './Candidate.ts';
import type { Token } from './Tokenizer.ts';

export function applyAcronyms(cands: Candidate[], toks: Token[]): void {
  const byStart = new Map(cands.map((c) => [c.a, c]));
  for (const c of cands) {
    if (c.kind === 'location' || c.kind === 'person' || c.b - c.a < 2) continue;
    const [o, x, cl] = [toks[c.b], toks[c.b + 1], toks[c.b + 2]];
    if (o?.text !== '(' || cl?.text !== ')' || !x) continue;
    const acr = x.text;
    if (!/^[\p{Lu}][\p{Lu}\p{N}.&-]{1,9}$/u.test(acr)) continue;
    c.kind ??= 'organization';
    if (!c.kind) continue;
    c.aliases = [...(c.aliases ?? []), acr];
    const inner = byStart.get(c.b + 1);
    if (inner) {
      inner.kind = c.kind;
      inner.reason = 'acronym-alias';
      inner.strength = 2;
    }
  }
}
