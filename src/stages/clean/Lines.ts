// The lines of the original with the features the rules look at.
import type { LineLabel } from '../../pipeline/types.ts';
import { STOPLISTS, STOPWORDS } from './Lexicons.ts';
import { plainText } from './Markup.ts';

export type Quality = 'good' | 'near' | 'short' | 'bad';
export type Role = 'title' | 'dateline' | 'subheading' | 'list' | 'related-header' | 'published';

export interface Line {
  index: number; // 0-based line number
  start: number; // original offsets of the trimmed content
  end: number;
  lineStart: number; // the whole line, end before the line break
  lineEnd: number;
  plain: string; // entities decoded, tags removed, white space collapsed
  words: string[]; // lower-cased letter/digit tokens
  letterWords: number; // tokens with a letter
  stopRatio: number;
  titleRatio: number; // capitalised words among letter words
  endsSentence: boolean;
  truncated: boolean; // ends with "…" or "..." (a teaser cut short)
  label?: LineLabel;
  reason?: string;
  quality?: Quality;
  role?: Role;
  copyOf?: number; // index of the line this one repeats
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu;

export function wordsOf(s: string): string[] {
  return (s.match(WORD) ?? []).map((w) => w.toLowerCase().replace(/[.'’-]+$/u, ''));
}

// Scripts written without spaces between words: their length is counted in characters.
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;

export function featuresOf(plain: string, stoplist: ReadonlySet<string> = STOPWORDS): Pick<Line, 'words' | 'letterWords' | 'stopRatio' | 'titleRatio' | 'endsSentence' | 'truncated'> {
  const raw = plain.match(WORD) ?? [];
  const words = raw.map((w) => w.toLowerCase().replace(/[.'’-]+$/u, ''));
  const letter = raw.filter((w) => /\p{L}/u.test(w));
  let stops = words.filter((w) => stoplist.has(w)).length;
  const caps = letter.filter((w) => /^\p{Lu}/u.test(w)).length;
  const trimmed = plain.replace(/\s+$/, '');
  let letterWords = letter.length;
  const spaceless = (plain.match(SPACELESS) ?? []).length;
  if (spaceless > 10) {
    // About two characters a word; punctuation inside the line stands in for function words.
    letterWords = Math.max(letterWords, Math.round(spaceless / 2));
    const marks = (plain.match(/[、。，,]/g) ?? []).length;
    stops = marks > 0 ? Math.max(stops, Math.round(letterWords * 0.25)) : stops;
  }
  return {
    words,
    letterWords,
    stopRatio: words.length ? Math.min(1, stops / Math.max(words.length, letterWords)) : 0,
    titleRatio: letter.length ? caps / letter.length : 0,
    endsSentence: /[.!?。！？]["'”’)\]」』]*$/u.test(trimmed) && !/\.\.\.$|…["'”’)\]]*$/u.test(trimmed),
    truncated: /(\.\.\.|…)["'”’)\]]*$/u.test(trimmed),
  };
}

/** Every line of the original (line breaks \n, \r\n or \r), blank ones included. */
export function splitLines(original: string): Line[] {
  const out: Line[] = [];
  const stoplist = pickStoplist(original);
  const re = /\r\n|\n|\r/g;
  let pos = 0;
  let index = 0;
  const push = (lineStart: number, lineEnd: number) => {
    let s = lineStart;
    let e = lineEnd;
    while (s < e && /[\s\u00a0\u200b\ufeff]/.test(original[s])) s++;
    while (e > s && /[\s\u00a0\u200b\ufeff]/.test(original[e - 1])) e--;
    const plain = e > s ? plainText(original, s, e) : '';
    const line: Line = { index: index++, start: s, end: e, lineStart, lineEnd, plain, ...featuresOf(plain, stoplist) };
    if (!plain) {
      line.label = 'blank';
      line.reason = 'BlankLine';
    }
    out.push(line);
  };
  for (let m = re.exec(original); m; m = re.exec(original)) {
    push(pos, m.index);
    pos = m.index + m[0].length;
  }
  push(pos, original.length);
  return out;
}

/** Lower-cased words joined by one space: lines compared for repetition. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The stop list that covers most of the page's words; English unless another clearly wins. */
export function pickStoplist(original: string): ReadonlySet<string> {
  const words = wordsOf(original.slice(0, 20000));
  if (words.length < 20) return STOPWORDS;
  let best = STOPLISTS[0];
  let bestShare = 0;
  for (const s of STOPLISTS) {
    const share = words.filter((w) => s.words.has(w)).length / words.length;
    if (s === STOPLISTS[0]) bestShare = share * 1.3;
    else if (share > bestShare) {
      best = s;
      bestShare = share;
    }
  }
  return best.words;
}
