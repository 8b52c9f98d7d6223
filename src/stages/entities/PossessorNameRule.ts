// "Hamas' Political Bureau", "the group's Shura Council": a body named by its head word after an
// organization's possessive belongs to that organization, and its full name says so
// ("Hamas Political Bureau"), so that two organizations' councils stay apart. A country's
// possessive names the state's body by the demonym ("India's Ministry of External Affairs" is
// the "Indian Ministry of External Affairs").
import type { Candidate } from './Candidate.ts';
import type { Lexicon } from './Lexicons.ts';
import type { Token } from './Tokenizer.ts';

export function applyPossessorNames(cands: Candidate[], toks: Token[], lex: Lexicon): void {
  const endsAt = new Map(cands.map((c) => [c.b - 1, c]));
  for (const c of cands) {
    if (c.kind !== 'organization' || c.a === 0) continue;
    const p = endsAt.get(c.a - 1);
    if (!p || !toks[c.a - 1].possessive || p.b - p.a > 3) continue;
    if (p.kind === 'organization' && lex.orgHeadOrSuffix(toks[c.b - 1].text)) c.name = `${p.name ?? p.text} ${c.text}`;
    else if (p.kind === 'location') ownCountry(c, p, lex);
  }
}

// Heads of a state's bodies that every state has: which one is meant is the owner's to say.
const STATE_BODY = /^(?:Ministry|Ministries|Department|Office|Council|Committee|Commission|Agency|Directorate|Presidency|Cabinet|Secretariat|Service|Inspectorate)$/;

/**
 * "India's Ministry of External Affairs", "China's Ministry of Commerce": a country's body of
 * a kind every state has goes by the demonym, like "Egypt's presidency" (DescriptorOrgRule):
 * "Indian Ministry of External Affairs". A body with a name of its own keeps it.
 */
function ownCountry(c: Candidate, p: Candidate, lex: Lexicon): void {
  if (p.lex?.type !== 'country' || !p.lex.country) return;
  // A known body keeps its name, unless every state has one so called (India's MEA is in the
  // lexicon as "Ministry of External Affairs").
  if (c.lex && c.lex.name !== c.text) return;
  if (c.lex?.country && c.lex.country !== p.lex.country) return;
  const head = c.text.split(' ').find((w) => STATE_BODY.test(w));
  const first = c.text.split(' ')[0];
  if (!head || !STATE_BODY.test(first) && !/^(?:Foreign|Defense|Defence|Interior|Finance|Justice|Health|Trade|Commerce|Energy|National|State|Presidential|Federal)$/.test(first)) return;
  const dem = lex.demonymOf.get(p.lex.country);
  if (!dem) return;
  c.name = `${dem} ${c.text}`;
  c.country ??= p.lex.country;
}
