// "Hamas' Political Bureau", "the group's Shura Council": a body named by its head word after an
// organization's possessive belongs to that organization, and its full name says so
// ("Hamas Political Bureau"), so that two organizations' councils stay apart.
import type { Candidate } from './Candidate.ts';
import type { Lexicon } from './Lexicons.ts';
import type { Token } from './Tokenizer.ts';

export function applyPossessorNames(cands: Candidate[], toks: Token[], lex: Lexicon): void {
  const endsAt = new Map(cands.map((c) => [c.b - 1, c]));
  for (const c of cands) {
    if (c.kind !== 'organization' || c.a === 0 || !lex.orgHeadOrSuffix(toks[c.b - 1].text)) continue;
    const p = endsAt.get(c.a - 1);
    if (!p || p.kind !== 'organization' || !toks[c.a - 1].possessive || p.b - p.a > 3) continue;
    c.name = `${p.name ?? p.text} ${c.text}`;
  }
}
