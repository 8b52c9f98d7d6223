// Word and punctuation tokens with offsets in record.text. Words keep inner hyphens, dots and
// apostrophes ("Al-Thani", "U.S.", "3+3", "O'Brien"); a possessive "'s" or trailing "'" is cut
// off and remembered on the word, so "Erdoğan's" is the name "Erdoğan".
import type { Sentence } from '../../pipeline/types.ts';
import { lexiconTag, type TermTags } from './CompromiseTagger.ts';

const ORDINARY_TAGS = new Set(['Verb', 'PresentTense', 'PastTense', 'Gerund', 'Infinitive', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adjective', 'Comparative', 'Superlative', 'Modal', 'Copula', 'Noun', 'Singular', 'Plural', 'Uncountable', 'Participle', 'PhrasalVerb', 'Expression', 'QuestionWord']);

export interface Token {
  i: number;
  text: string;
  start: number;
  end: number;
  word: boolean;
  /** starts with an uppercase letter or a digit-bearing code ("3+3", "G7") */
  cap: boolean;
  sent: number;
  /** first word of its sentence, of a quote, or of a line: capitalization proves nothing there */
  first: boolean;
  possessive: boolean;
  /** the same word also occurs in lowercase in this text ("Development" / "development") */
  seenLower: boolean;
  /** a line break lies between the previous token and this one */
  lineStart: boolean;
  /** the sentence/line is written in Title Case (headlines) */
  titleCase: boolean;
  tags: string[];
}

const ABBREV = new Set(['Dr', 'Mr', 'Mrs', 'Ms', 'Gen', 'Lt', 'Col', 'Maj', 'Brig', 'Adm', 'Sgt', 'Capt', 'Gov', 'Sen', 'Rep', 'St', 'Jr', 'Sr', 'Prof', 'Inc', 'Corp', 'Co', 'Ltd', 'Mt', 'Ft', 'Messrs', 'Cmdr', 'Gens', 'Rev', 'Hon', 'Amb', 'Rt', 'Del', 'Supt', 'Insp', 'Det', 'Cpl', 'Pvt']);
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:[-.&+]|['’](?![sS]\b))[\p{L}\p{M}\p{N}]+)*|\S/gu;

export function tokenize(text: string, sentences: Sentence[], terms: TermTags[]): Token[] {
  const toks: Token[] = [];
  let si = 0;
  let ti = 0;
  let lastWord: Token | undefined;
  const re = new RegExp(WORD.source, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    let s = m[0];
    let end = start + s.length;
    const isWord = /[\p{L}\p{N}]/u.test(s);
    // Keep the dot of initials, dotted acronyms and title abbreviations.
    if (isWord && text[end] === '.' && (/^\p{Lu}$/u.test(s) || /^(\p{L}\.)+\p{L}$/u.test(s) || ABBREV.has(s))) {
      s += '.';
      end++;
      re.lastIndex = end;
    }
    const prev = toks[toks.length - 1];
    if (prev?.word && prev.end === start && (s === "'" || s === '’')) {
      const after = text.slice(end, end + 2);
      if (/^[sS](?![\p{L}\p{N}])/u.test(after)) {
        prev.possessive = true;
        re.lastIndex = end + 1;
        continue;
      }
      if (/s$/i.test(prev.text) && !/^[\p{L}]/u.test(after)) {
        prev.possessive = true;
        continue;
      }
    }
    while (si < sentences.length && sentences[si].end <= start) si++;
    const sent = si < sentences.length && sentences[si].start <= start ? si : -1 - si;
    while (ti < terms.length && terms[ti].end <= start) ti++;
    const tags = ti < terms.length && terms[ti].start <= start ? terms[ti].tags : [];
    let first = false;
    if (isWord) {
      first =
        !lastWord ||
        lastWord.sent !== sent ||
        text.slice(lastWord.end, start).includes('\n') ||
        (prev !== undefined && !prev.word && /^["“‘:]$/.test(prev.text));
    }
    const tok: Token = {
      i: toks.length,
      text: s,
      start,
      end,
      word: isWord,
      cap: isWord && (/^\p{Lu}/u.test(s) || /^\d+\+\d+$/.test(s)),
      sent,
      first,
      possessive: false,
      seenLower: false,
      lineStart: text.slice(prev ? prev.end : 0, start).includes('\n'),
      titleCase: false,
      tags,
    };
    toks.push(tok);
    if (isWord) lastWord = tok;
  }
  markTitleCase(toks);
  const lower = new Set(toks.filter((t) => t.word && !t.cap).map((t) => t.text));
  for (const t of toks) if (t.cap) t.seenLower = lower.has(t.text.toLowerCase());
  return toks;
}

/** Headlines capitalize every word: there capitalization says nothing either (per sentence and line). */
function markTitleCase(toks: Token[]): void {
  let a = 0;
  while (a < toks.length) {
    let b = a + 1;
    while (b < toks.length && toks[b].sent === toks[a].sent && !toks[b].lineStart) b++;
    const words = toks.slice(a, b).filter((t) => t.word && /^\p{L}/u.test(t.text));
    const long = words.filter((t) => t.text.length > 3);
    const ratio = long.filter((t) => t.cap).length / (long.length || 1);
    // Headlines carry no final full stop; a sentence that has one must be nearly all capitals.
    const sentenceLike = toks[b - 1].text === '.';
    // ... and has ordinary words capitalized ("Police Identify Man Found Dead"), which a short
    // sentence of names ("U.S. Secretary of State Antony Blinken met.") has not.
    const ordinary = long.filter(
      (t) => t.cap && (ORDINARY_TAGS.has(lexiconTag(t.text) ?? '') || t.tags.some((g) => g === 'Verb' || g === 'Adverb') || /(?:tions?|ments?|ity|ness|ship|ance|ence|ism|able|ible|ful|less|ous|ive|ally|ical|ional|ing|ed|es)$/.test(t.text)),
    ).length;
    if (long.length >= 3 && ordinary >= 2 && ratio >= (sentenceLike ? 0.9 : 0.75)) for (const t of words) t.titleCase = true;
    a = b;
  }
}
