// Proposes name runs: capitalized words, with the name particles (bin, al-, von der, de ...)
// and the connectors organizations are built with ("Ministry of Foreign Affairs",
// "Justice and Development Party") kept inside when the words around them allow it.
import type { Lexicon } from './Lexicons.ts';
import type { Token } from './Tokenizer.ts';
import { lexiconTag } from './CompromiseTagger.ts';
import { splitTitle } from './TitleRoleRule.ts';

const POSSESSIVE_IN_NAMES = new Set(['People', 'Peoples', 'Workers', 'Women', 'Children', 'Citizens', 'Farmers', 'Martyrs', 'Veterans', 'Consumers', 'Soldiers', 'Mothers', 'Nations', 'Students', 'Teachers', 'Defenders']);

export interface Run {
  a: number;
  b: number;
}

const ARABIC_PREFIX = /^(?:al|el|ad|an|ar|as|at|az|ash|ud|ul|bin|ben|ibn|abu)[-‐](?=\p{Lu})/u;
// compromise lexicon tags that mark a capitalized word as an ordinary word.
const COMMON_TAGS = new Set(['Verb', 'PresentTense', 'PastTense', 'Gerund', 'Infinitive', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adjective', 'Comparative', 'Superlative', 'Modal', 'Copula', 'QuestionWord', 'Negative', 'Auxiliary', 'Expression', 'Plural', 'Singular', 'Noun', 'Uncountable', 'Cardinal', 'Ordinal', 'Value', 'Date', 'Month', 'WeekDay', 'Possessive', 'Participle', 'PhrasalVerb']);

export function isNameWord(t: Token): boolean {
  if (!t.word) return false;
  if (t.cap) return /\p{L}/u.test(t.text) || /^\d+\+\d+$/.test(t.text) || /^[A-Z]+\d+$/.test(t.text) || /^G\d+$/.test(t.text);
  return ARABIC_PREFIX.test(t.text);
}

/** A capitalized word whose capital proves nothing (sentence start, headline) and that is an ordinary word. */
export function isCommonWord(t: Token, lex: Lexicon): boolean {
  if (lex.sets.nonNames.has(t.text)) return true;
  if (!(t.first || t.titleCase)) return false;
  if (lex.names.has(t.text.toLowerCase()) || lex.demonym(t.text) !== undefined) return false;
  if (lex.sets.orgHeads.has(t.text) || lex.sets.placeHeads.has(t.text) || lex.sets.personTitles.has(t.text.toLowerCase()) || lex.sets.titleModifiers.has(t.text.toLowerCase())) return false;
  const tag = lexiconTag(t.text);
  if (!tag) return false;
  return COMMON_TAGS.has(tag);
}

export function findRuns(toks: Token[], lex: Lexicon): Run[] {
  const runs: Run[] = [];
  const P = lex.sets.particles;
  let i = 0;
  while (i < toks.length) {
    if (!isNameWord(toks[i])) {
      i++;
      continue;
    }
    const a = i;
    let b = i + 1;
    let ofChain = false;
    // "People's Liberation Army", "Workers' Party": a possessive common noun inside a name.
    while (b < toks.length && (!toks[b - 1].possessive || (POSSESSIVE_IN_NAMES.has(toks[b - 1].text) && isNameWord(toks[b])))) {
      const t = toks[b];
      if (isNameWord(t) && t.sent === toks[a].sent) {
        b++;
        continue;
      }
      // Particles: "Mohammed bin Salman", "Ursula von der Leyen".
      let k = b;
      while (k < toks.length && toks[k].word && P.has(toks[k].text.toLowerCase()) && !toks[k].cap && k - b < 2) k++;
      if (k > b && k < toks.length && isNameWord(toks[k]) && !toks[k - 1].possessive) {
        b = k + 1;
        continue;
      }
      const w = t.text;
      const last = toks[b - 1].text;
      // "Commonwealth of Independent States", "League of Arab States", "European Aeronautic
      // Defence and Space Company": a known organization's name runs on across its connectors,
      // whatever its words are.
      if (CONNECTOR.has(w)) {
        const known = knownOrgEnd(toks, a, b, lex);
        if (known) {
          b = known;
          continue;
        }
      }
      if ((w === 'of' || w === 'for') && b + 1 < toks.length) {
        let k2 = b + 1;
        if (toks[k2].text === 'the') k2++;
        const headLeft = lex.sets.orgHeads.has(last) || lex.sets.placeHeads.has(last) || lex.sets.personTitles.has(last.toLowerCase()) || lex.sets.eventHeads.has(last);
        // "Heart of Asia Istanbul Process": a short left side, and the right side closes with a head.
        let e2 = k2;
        while (e2 < toks.length && isNameWord(toks[e2]) && !toks[e2 - 1]?.possessive) e2++;
        const givenLeft = toks[a].tags.some((g) => g === 'FirstName' || g === 'MaleName' || g === 'FemaleName');
        // One word on the left: "Sui-Lee Wee of the New York Times" is a person and an outlet.
        let leftA = a;
        while (leftA < b && lex.sets.nonNames.has(toks[leftA].text)) leftA++;
        const rightHead = e2 > k2 && lex.orgHeadOrSuffix(toks[e2 - 1].text) && b - leftA === 1 && !givenLeft && !splitTitle(toks, a, b, lex).titled;
        // "for" joins only a headed right side: "Organization for Security ... Cooperation", not
        // "European Union for Foreign Affairs and Security Policy".
        const forOk = w !== 'for' || (e2 > k2 && lex.orgHeadOrSuffix(toks[e2 - 1].text));
        if (k2 < toks.length && isNameWord(toks[k2]) && forOk && (headLeft || ofChain || rightHead) && !isCommonWord(toks[k2], lex)) {
          ofChain = true;
          b = k2 + 1;
          continue;
        }
      }
      // "Standard & Poor's", "Procter & Gamble", "Marks & Spencer": an ampersand between two
      // name words, tight on a short left side, joins a firm's name.
      if (w === '&' && b + 1 < toks.length && isNameWord(toks[b + 1]) && toks[b + 1].sent === toks[a].sent && b - a <= 2 && !splitTitle(toks, a, b, lex).titled) {
        b = b + 2;
        continue;
      }
      if ((w === 'and' || w === '&') && b + 1 < toks.length && isNameWord(toks[b + 1])) {
        // Join only when the right side closes as an organization and the left is not itself a place or a person.
        let e = b + 1;
        while (e < toks.length && isNameWord(toks[e]) && !toks[e - 1].possessive) e++;
        // "Development Party", "Television Corporation": one word and the head on the right.
        const rightHead = lex.sets.orgHeads.has(toks[e - 1].text) && (w === '&' || e - (b + 1) <= 2);
        const leftText = toks.slice(a, b).map((x) => x.text).join(' ');
        const leftKnown = lex.lookup(leftText).length > 0 || lex.lookup(toks[b - 1].text).some((x) => x.kind !== 'organization');
        // "Justice and Development Party", "Radio and Television Corporation": a short left side
        // with no title in it ("Foreign Minister Hakan Fidan and National Intelligence Organization" is two names).
        let segA = b - 1;
        while (segA > a && isNameWord(toks[segA - 1])) segA--;
        const st = splitTitle(toks, a, b, lex);
        const leftShort = ofChain || (b - segA <= 2 && !(st.titled && !st.titleOnly));
        // Inside "Heads of State and Government of ...": one word on each side.
        const chainOk = ofChain && b - segA === 1 && (e - (b + 1) <= 1 || rightHead);
        const rightKnown = lex.lookup(toks[b + 1].text).some((x) => x.kind === 'location' || x.kind === 'person');
        if (!leftKnown && !rightKnown && leftShort && (rightHead || chainOk)) {
          b = b + 1;
          continue;
        }
      }
      break;
    }
    runs.push({ a, b });
    i = b;
  }
  return runs;
}

const CONNECTOR = new Set(['of', 'for', 'and', '&']);

/** One past the end of the longest known organization's name that starts at a and runs on past b (across connectors), else 0. */
function knownOrgEnd(toks: Token[], a: number, b: number, lex: Lexicon): number {
  for (let e = Math.min(toks.length, b + 7); e >= b + 2; e--) {
    const tail = toks.slice(b + 1, e);
    if (!tail.every((x) => x.sent === toks[a].sent && (isNameWord(x) || CONNECTOR.has(x.text) || x.text === 'the'))) continue;
    if (!isNameWord(toks[e - 1])) continue;
    // the name may start inside the run ("The European Aeronautic Defence and Space Company")
    for (let s = a; s < b; s++) {
      if (e - s > lex.maxWords) continue;
      const name = toks.slice(s, e).map((x) => x.text).join(' ');
      if (lex.lookup(name).some((x) => x.kind === 'organization')) return e;
    }
  }
  return 0;
}
