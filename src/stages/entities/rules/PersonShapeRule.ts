// Two to five capitalized name words that no lexicon or head word claimed are, in news, a
// person's name ("Mohammad Darwish Ismail", "Ararat Mirzoyan"), unless a word is a place or
// demonym ("Russia Ukraine", "Turkish Cypriot") or the tagger calls it a place or organization.
import { lexiconTag } from '../CompromiseTagger.ts';
import type { KindRule } from './KindRule.ts';

const COMMON = new Set(['Adverb', 'Adjective', 'Verb', 'PresentTense', 'PastTense', 'Gerund', 'Infinitive', 'Plural', 'Singular', 'Noun', 'Uncountable', 'Comparative', 'Superlative', 'Preposition', 'Conjunction', 'Determiner', 'Participle', 'Ordinal', 'Cardinal', 'Value']);

const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)*|\p{Lu}\.|(?:al|el|ad|ash|bin|ibn|ben|abu|ul|ud)-\p{Lu}[\p{Ll}\p{M}]+|\p{Lu}[\p{Ll}]+\p{Lu}[\p{Ll}]+|Al|El|bin|ibn|bint|al|el|de|da|do|dos|das|del|della|di|du|la|le|van|von|der|den|ter|y|Jr\.|Sr\.|II|III|IV)$/u;

// Endings of ordinary English nouns, adjectives and adverbs that names hardly have
// ("Development", "Instability", "Regional", "Solutions").
const ORDINARY_ENDING = /(?:tions?|sions?|ments?|ities|ity|ness|ships?|ances?|ences?|isms?|able|ible|ful|less|ous|ives?|ally|ical|ics|ings|itis|osis|virus)$/;
export function ordinaryShape(w: string): boolean {
  const l = w.toLowerCase();
  return (l.length >= 6 && ORDINARY_ENDING.test(l)) || (l.length >= 8 && /(?:al|ly)$/.test(l));
}

export const personShapeRule: KindRule = ({ toks, a, b, lex }) => {
  const n = b - a;
  if (n < 2 || n > 6) return null;
  const ws = toks.slice(a, b);
  if (!ws.every((t) => NAME_WORD.test(t.text))) return null;
  if (!/^\p{Lu}/u.test(ws[0].text) && !/^(?:al|el)-/.test(ws[0].text)) return null;
  for (const t of ws) {
    // "Germán" is a name, not the demonym it folds to.
    if (lex.demonym(t.text) !== undefined && !/[^\x00-\x7f]/.test(t.text)) return null;
    if (lex.lookup(t.text).some((e) => e.type === 'country' || e.type === 'region')) return null;
    if (lex.sets.nonNames.has(t.text) || lex.sets.eventHeads.has(t.text)) return null;
  }
  // "Argus Leader", "SPACE VIZZION CONCEPT": a title word closing the run, or all capitals.
  if (lex.sets.personTitles.has(ws[ws.length - 1].text.toLowerCase())) return null;
  const tags = new Set(ws.flatMap((t) => t.tags));
  // "Tsai Ing-wen", "Moon Jae-in", "Kim Jong-un": a hyphenated, lowercase-joined given name
  // closing two words is how Chinese and Korean names are romanized.
  const eastAsian = n === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(ws[1].text) && /^\p{Lu}\p{Ll}+$/u.test(ws[0].text);
  // "Fiona Hill": the tagger's "X Hill" place pattern hides a given name its lexicon knows.
  const givenByLexicon = /^(?:MaleName|FemaleName)$/.test(lexiconTag(ws[0].text) ?? '');
  const personish = eastAsian || givenByLexicon || tags.has('Person') || tags.has('FirstName') || tags.has('MaleName') || tags.has('FemaleName') || tags.has('LastName') || tags.has('Honorific');
  if (!personish && (tags.has('Place') || tags.has('City') || tags.has('Country'))) return null;
  if (!personish && ws.every((t) => t.tags.includes('Organization'))) return null;
  // "Amazon Alexa", "Apple AirPods": a company the tagger knows, then a product.
  const given = ws[0].tags.some((g) => g === 'FirstName' || g === 'MaleName' || g === 'FemaleName');
  if (!given && !eastAsian && ws[0].tags.includes('Organization') && !ws[0].tags.includes('Person')) return null;
  // "Internally Displaced Persons", "Durable Solutions": capitalized ordinary words.
  const common = ws.filter((t) => t.seenLower || COMMON.has(lexiconTag(t.text) ?? '') || ordinaryShape(t.text) || (!t.tags.includes('ProperNoun') && t.tags.some((g) => g === 'Adverb' || g === 'Verb'))).length;
  const firstName = givenByLexicon || ws[0].tags.some((g) => g === 'FirstName' || g === 'MaleName' || g === 'FemaleName');
  if (!firstName && common * 2 >= ws.length) return null;
  return { kind: 'person', reason: 'person-shape', strength: 1 };
};
