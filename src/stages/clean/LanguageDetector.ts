// The language of the cleaned text. English prose is recognised by its function words first
// (franc mistakes short English news for Uzbek or Scots); other texts go to franc, limited to
// the languages in data/languages.json, and are called non-English only when franc is clear
// about it: sending an English article past the NLP stages loses everything, a wrong "en" on a
// foreign text only produces a little noise.
import { francAll } from 'franc';
import { LANGUAGES, STOPLISTS, STOPWORDS } from './Lexicons.ts';
import { wordsOf } from './Lines.ts';

const ONLY = Object.keys(LANGUAGES);
const CLEAR_MARGIN = 0.1; // franc scores are 1 for the best language; English must trail by this much
const MIN_FOREIGN_CHARS = 200;

export function detectLanguage(text: string, minChars: number): string | null {
  const sample = text.slice(0, 5000);
  const words = wordsOf(sample);
  if (words.length === 0) return null;
  const share = (set: ReadonlySet<string>) => words.filter((w) => set.has(w)).length / words.length;
  const stops = share(STOPWORDS);
  // The function words of another language outnumbering English ones settle it, however short.
  let other: { lang: string; share: number } | null = null;
  for (const l of STOPLISTS.slice(1)) {
    const sh = share(l.words);
    if (!other || sh > other.share) other = { lang: l.lang, share: sh };
  }
  if (other && other.share >= 0.12 && other.share > stops * 1.5) {
    const code = francAll(sample, { only: ONLY, minLength: 10 })[0]?.[0];
    return code && code !== 'und' && code !== 'eng' ? LANGUAGES[code] ?? other.lang : other.lang;
  }
  if (stops >= 0.12 && words.length >= 5) return 'en';
  const chars = sample.replace(/\s+/g, ' ').length;
  if (chars < Math.max(minChars, MIN_FOREIGN_CHARS)) {
    if (stops > 0) return 'en';
    if (chars < minChars) return null;
  }
  const ranked = francAll(sample, { only: ONLY, minLength: minChars });
  const [top, topScore] = ranked[0] ?? ['und', 0];
  if (top === 'und') return stops > 0 ? 'en' : null;
  if (top === 'eng') return 'en';
  const eng = ranked.find(([l]) => l === 'eng')?.[1] ?? 0;
  if (stops >= 0.05 && topScore - eng < CLEAR_MARGIN) return 'en';
  return LANGUAGES[top] ?? null;
}
