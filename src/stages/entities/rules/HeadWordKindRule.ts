// Organizations end in a head word ("Ministry", "Council", "Party", "Forces", "Inc.", "Airlines");
// places in a place word ("Gaza Strip", "Kuala Lumpur" is in the lexicon, "Sinai Peninsula").
import type { KindRule } from './KindRule.ts';

export const headWordKindRule: KindRule = ({ toks, a, b, lex }) => {
  if (b - a < 2) return null;
  const last = toks[b - 1].text;
  // "Jim Press", "Jane Post": a given name and a head word that is also a family name.
  const given = toks[a].tags.some((g) => g === 'FirstName' || g === 'MaleName' || g === 'FemaleName');
  if (b - a === 2 && given && !lex.lookup(toks[a].text).length && !lex.sets.companySuffixes.has(last) && !lex.sets.placeHeads.has(last) && /^\p{Lu}\p{Ll}+$/u.test(last)) return null;
  // "Ministry of Foreign Affairs of Iran", "State Oil Company of Azerbaijan Republic", "Bank of
  // England", "Gulf of Aden": the head before the first "of" decides.
  const of = toks.slice(a, b).findIndex((t) => t.text === 'of');
  if (of > 0) {
    const head = toks[a + of - 1].text;
    if (lex.orgHeadOrSuffix(head)) return { kind: 'organization', reason: 'org-head', strength: 2 };
    if (lex.sets.placeHeads.has(head)) return { kind: 'location', reason: 'place-head', strength: 2 };
  }
  // "Ethiopian Electric Power", "Tokyo Electric Power": a head of two words.
  const last2 = b - a >= 3 ? `${toks[b - 2].text} ${last}` : '';
  if (lex.sets.companySuffixes.has(last) || lex.sets.orgHeads.has(last) || lex.sets.orgHeads.has(last2)) return { kind: 'organization', reason: 'org-head', strength: 2 };
  if (lex.sets.placeHeads.has(last)) return { kind: 'location', reason: 'place-head', strength: 2 };
  return null;
};
