// compromise is the part-of-speech tagger: the text is parsed ONCE per article and each of our
// tokens gets the tags of the compromise term it falls in. Our lexicon words are taught to
// compromise through its plugin API, so its own guesses agree with ours where we know better.
import nlp from 'compromise';
import type { Lexicon } from './Lexicons.ts';

let taught: Lexicon | null = null;

/** Teaches compromise our one-word names once per lexicon (plugin API: `words`). */
export function teach(lex: Lexicon): void {
  if (taught === lex) return;
  const words: Record<string, string> = {};
  for (const [k, entries] of lex.names) {
    if (k.includes(' ') || k.length < 3) continue;
    const kind = entries[0].kind;
    words[k] = kind === 'person' ? 'Person' : kind === 'organization' ? 'Organization' : entries[0].type === 'country' ? 'Country' : 'Place';
  }
  for (const t of lex.words.personTitles) if (!t.includes(' ') && /^[A-Z][a-z]+$/.test(t)) words[t.toLowerCase()] ??= 'Actor';
  nlp.plugin({ words });
  taught = lex;
}

export interface TermTags {
  start: number;
  end: number;
  tags: string[];
}

/** Every compromise term with its offsets in `text` and its tags. */
export function tagText(text: string): TermTags[] {
  const out: TermTags[] = [];
  const doc = nlp(text);
  doc.compute('offset');
  const docs = (doc as unknown as { docs: { offset?: { start: number; length: number }; tags: Set<string> }[][] }).docs;
  for (const s of docs) for (const t of s) if (t.offset) out.push({ start: t.offset.start, end: t.offset.start + t.offset.length, tags: [...t.tags] });
  return out;
}

// compromise's own lexicon as shipped, before we teach it anything: "is this an ordinary
// word?" must not depend on what was taught or in which order lexicons were built.
const BASE_LEXICON: Record<string, string | string[]> = {
  ...(nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon,
};

/** The tag compromise's own lexicon gives a lowercase word, if any ("according" -> "Gerund"). */
export function lexiconTag(word: string): string | undefined {
  const t = BASE_LEXICON[word.toLowerCase()];
  return Array.isArray(t) ? t[0] : t;
}
