// A name right before a product noun names the product: "the new MacBook Air laptops", "Mac OS
// X Lion operating system", "Intel Core Duo processors". A known body ("Apple mobile devices"
// is not written so: a lexicon name or a headed name) keeps its mention; a name typed only by
// its shape loses it there, and with every mention so placed it is no organization at all.
import type { Candidate } from './Candidate.ts';
import type { Token } from './Tokenizer.ts';

const PRODUCT_NOUN = /^(?:laptops?|notebooks?|computers?|desktops?|phones?|smartphones?|handsets?|tablets?|processors?|chips?|chipsets?|browsers?|consoles?|headphones?|earbuds|sedans?|hatchbacks?|pickups?|minivans?)$/;
// Two-word product nouns: "operating system".
const PRODUCT_PAIR = /^(?:operating system|web browser|game console|media player|music player)s?$/;
const SHAPE_REASONS = new Set(['airline-shape', 'camel-brand', 'tagger', 'person-shape', 'unknown', 'cluster']);

export function dropProductNames(cands: Candidate[], toks: Token[]): Candidate[] {
  return cands.filter((c) => {
    if (c.kind !== 'organization' || c.lex || !(SHAPE_REASONS.has(c.reason) || c.strength === 0)) return true;
    const n1 = toks[c.b];
    const n2 = toks[c.b + 1];
    if (!n1?.word || n1.cap || n1.sent !== toks[c.b - 1].sent) return true;
    if (PRODUCT_NOUN.test(n1.text)) return false;
    return !(n2?.word && PRODUCT_PAIR.test(`${n1.text} ${n2.text}`.toLowerCase()));
  });
}
