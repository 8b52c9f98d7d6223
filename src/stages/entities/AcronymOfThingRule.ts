// "Maintenance, Repair and Overhaul (MRO)", "Software Development Kit (SDK)", "World Wide
// Developers Conference (WWDC)": an acronym spelled out in front of its brackets names what
// the spelled-out words name. When they name an event, or are ordinary words (an activity, a
// tool) with no head word closing them, the acronym is no organization, there or later in the
// article. A plural closing the words may be a body of people ("United Auto Workers (UAW)").
import type { Candidate } from './Candidate.ts';
import { lexiconTag } from './CompromiseTagger.ts';
import type { Lexicon } from './Lexicons.ts';
import { ordinaryShape } from './rules/PersonShapeRule.ts';
import type { Token } from './Tokenizer.ts';

const LINKS = new Set(['and', 'of', 'the', 'for', '&', ',', 'on', 'in', 'to']);
const ORDINARY = new Set(['Noun', 'Singular', 'Plural', 'Uncountable', 'Adjective', 'Verb', 'Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Adverb', 'Comparative', 'Superlative', 'Participle']);

export function dropThingAcronyms(cands: Candidate[], toks: Token[], lex: Lexicon): Candidate[] {
  const things = new Set<string>();
  const spelled: [number, number][] = [];
  for (const c of cands) {
    if (c.reason !== 'acronym' || c.b - c.a !== 1 || toks[c.a - 1]?.text !== '(' || toks[c.b]?.text !== ')') continue;
    const letters = c.text.replace(/[^\p{Lu}]/gu, '');
    // The capitalized words right before the bracket, links between them skipped.
    const words: Token[] = [];
    for (let j = c.a - 2; j >= 0 && words.length < letters.length && toks[j].sent === toks[c.a].sent; j--) {
      if (toks[j].cap && toks[j].word) words.unshift(toks[j]);
      else if (!LINKS.has(toks[j].text.toLowerCase())) break;
    }
    // "Worldwide Developers Conference (WWDC)": an event's acronym may take two letters from one
    // word; its words' initials in order, first and last letters shared, are enough.
    const eventSpelled = () => {
      const ini = words.map((w) => w.text[0].toUpperCase());
      let k = 0;
      for (const ch of letters) if (ini[k] === ch) k++;
      return words.length >= 2 && k === ini.length && ini[0] === letters[0] && ini[ini.length - 1] === letters[letters.length - 1] && lex.sets.eventHeads.has(words[words.length - 1].text);
    };
    if (words.length !== letters.length || words.map((w) => w.text[0].toUpperCase()).join('') !== letters) {
      while (words.length > 2 && !eventSpelled()) words.shift();
      if (!eventSpelled()) continue;
    }
    const last = words[words.length - 1].text;
    const event = lex.sets.eventHeads.has(last);
    // A body's name closes with a head word ("Organization", "Airlines") or a plural ("Workers"),
    // or a rule already typed it; an activity or a tool has ordinary words ("Maintenance", "Development").
    const start = words[0].start;
    const end = words[words.length - 1].end;
    const typedOrg = cands.some((x) => x.kind === 'organization' && x.strength >= 1 && x.start <= start && end <= x.end);
    const ordinary = words.some((w) => w.seenLower || ORDINARY.has(lexiconTag(w.text) ?? '') || ordinaryShape(w.text));
    if (event || (ordinary && !typedOrg && !/\p{Ll}s$/u.test(last) && !lex.orgHeadOrSuffix(last))) {
      things.add(c.text);
      spelled.push([start, end]);
    }
  }
  if (!things.size) return cands;
  // The spelled-out words go too where only the tagger took them for a name.
  const isSpelled = (c: Candidate) => c.strength === 0 && !c.lex && spelled.some(([s, e]) => s <= c.start && c.end <= e);
  return cands.filter((c) => !(things.has(c.text) && (c.reason === 'acronym' || c.strength === 0) && !c.lex) && !isSpelled(c));
}
