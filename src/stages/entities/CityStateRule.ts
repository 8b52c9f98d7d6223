// "in Everett, Washington", "the Cupertino, California event", "from Mobile, Alabama": news
// places a town by its state or country written right after it. A name between a place
// preposition (or "the") and ", <known state, region or country>" is that town, whatever else
// its word could be ("Mobile" is also a company word, "Everett" a given name).
import { cand } from './CandidateFinder.ts';
import type { Candidate } from './Candidate.ts';
import type { Lexicon } from './Lexicons.ts';
import type { Token } from './Tokenizer.ts';

const BEFORE = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'outside', 'of', 'the', 'around', 'between', 'across']);
const SETTING = new Set(['country', 'region', 'city']);

const NOT_NOUN = new Set(['Verb', 'Preposition', 'Conjunction', 'Determiner', 'Adverb', 'Pronoun', 'Date', 'Value']);
const modifies = (t: Token | undefined) => !!t && t.word && !t.cap && t.tags.some((g) => g === 'Noun' || g === 'Adjective') && !t.tags.some((g) => NOT_NOUN.has(g));

export function applyCityState(cands: Candidate[], toks: Token[], text: string, lex: Lexicon): Candidate[] {
  const added: Candidate[] = [];
  for (const st of cands) {
    if (st.kind !== 'location' || !st.lex || !SETTING.has(st.lex.type) || st.possessive) continue;
    const comma = toks[st.a - 1];
    if (comma?.text !== ',' || toks[st.a - 2]?.sent !== toks[st.a].sent) continue;
    // The town: up to three capitalized words right before the comma.
    const b = st.a - 1;
    let a = b;
    while (a > 0 && b - a < 3 && toks[a - 1].word && toks[a - 1].cap && !toks[a - 1].possessive && toks[a - 1].sent === toks[b].sent) a--;
    if (a === b || !BEFORE.has(toks[a - 1]?.text.toLowerCase() ?? '')) continue;
    // A name the text itself typed stays ("the Senate, Washington"; "at Acme Corp., Texas").
    const here = cands.find((c) => c.a === a && c.b === b);
    if (here) {
      if (here.kind === 'location' || here.strength >= 2) continue;
      Object.assign(here, { kind: 'location', reason: 'city-state', strength: 1, role: undefined, country: undefined });
      // A word no rule took is made a town only after a true preposition, and when the state is
      // no modifier itself: "passed the Senate, Washington officials said", "sent to Congress,
      // Washington officials said" are a body and a clause.
    } else if (toks[a - 1].text.toLowerCase() !== 'the' && !modifies(toks[st.b]) && !toks.slice(a, b).some((t) => lex.sets.nonNames.has(t.text) || lex.sets.loneNonNames.has(t.text) || lex.sets.personTitles.has(t.text.toLowerCase())) && !cands.some((c) => c.a < b && a < c.b)) {
      added.push(cand(toks, a, b, text, 'location', 'city-state', 1));
    }
  }
  return added;
}
