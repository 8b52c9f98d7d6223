// A country's short name that is also its demonym ("Saudi", "Thai") used before a noun ("his
// Saudi counterpart", "Thai officials") is the adjective: it says whose, not where, and is no
// place mention. Noun names as modifiers ("US automaker", "UK index") stay: they name the
// country, a place by the output contract (MEANTIME marks 28 of the 74 the stage gives: it is
// no yardstick either way), and the events stage reads "Iran talks" style premodifiers. A
// person's country comes from the title rule.
import type { Candidate } from './Candidate.ts';
import type { Lexicon } from './Lexicons.ts';
import type { Token } from './Tokenizer.ts';

// Tags of a word that cannot be the head noun the country modifies.
const NOT_HEAD = new Set(['Verb', 'Preposition', 'Conjunction', 'Determiner', 'Adverb', 'Pronoun', 'Date', 'Time', 'Duration', 'Value', 'QuestionWord']);
// The events stage reads "the Doha talks" as a meeting's place; a country before a meeting noun
// is left to it.
const MEETING_NOUN = /^(?:talks?|meetings?|summits?|visits?|trips?|tours?|conferences?|forums?|sessions?|negotiations?|consultations?|dialogue)$/i;

// "returned from Saudi last month": a time phrase follows the place, it is not modified by it.
const TIME_WORD = /^(?:last|next|this|early|earlier|late|later|since|ago|today|tonight|yesterday|tomorrow)$/i;

// "the Victorian state government", "Bavarian officials": a word shaped like a demonym that only
// the tagger took for a place is the adjective of one (the lexicon knows the demonyms of countries).
const DEMONYM_SHAPE = /^\p{Lu}\p{Ll}+(?:ian|ean|ese)$/u;

export function dropCountryModifiers(cands: Candidate[], toks: Token[], lex: Lexicon): Candidate[] {
  return cands.filter((c) => {
    if (c.kind === 'location' && c.strength === 0 && !c.lex && c.b - c.a === 1 && DEMONYM_SHAPE.test(c.text) && beforeNoun(c, toks)) return false;
    if (c.kind !== 'location' || c.lex?.type !== 'country' || c.possessive) return true;
    // Acronyms ("US", "UK") are nouns even when they modify.
    if (lex.demonym(c.text) === undefined || /^[\p{Lu}.]+$/u.test(c.text)) return true;
    const last = toks[c.b - 1];
    const next = toks[c.b];
    if (!last || !next || !next.word || next.cap || next.sent !== last.sent || next.start !== last.end + 1) return true;
    if (!/^[\p{Ll}][\p{L}-]*$/u.test(next.text) || MEETING_NOUN.test(next.text) || TIME_WORD.test(next.text)) return true;
    if (!next.tags.some((t) => t === 'Noun' || t === 'Adjective') || next.tags.some((t) => NOT_HEAD.has(t))) return true;
    // "Iran and Russia foreign ministers": a coordinated country names a side.
    const prev = toks[c.a - 1];
    if (prev && prev.sent === last.sent && /^(?:and|or|,|&|\/|-|–)$/i.test(prev.text)) return true;
    return false;
  });
}

/** The next word is a lowercase noun (or adjective) of the same sentence, right after the name. */
function beforeNoun(c: Candidate, toks: Token[]): boolean {
  const last = toks[c.b - 1];
  const next = toks[c.b];
  if (!last || !next || !next.word || next.cap || next.sent !== last.sent || next.start !== last.end + 1 || last.possessive) return false;
  return /^[\p{Ll}][\p{L}-]*$/u.test(next.text) && next.tags.some((t) => t === 'Noun' || t === 'Adjective') && !next.tags.some((t) => NOT_HEAD.has(t));
}
