// The language of the cleaned text. English prose is recognised by its function words first
// (franc mistakes short English news for Scots or Pidgin); other texts go to franc, limited to
// the languages in data/languages.json.
import { franc } from 'franc';
import { LANGUAGES, STOPWORDS } from './Lexicons.ts';
import { wordsOf } from './Lines.ts';

const ONLY = Object.keys(LANGUAGES);

export function detectLanguage(text: string, minChars: number): string | null {
  const sample = text.slice(0, 5000);
  const words = wordsOf(sample);
  if (words.length === 0) return null;
  const stops = words.filter((w) => STOPWORDS.has(w)).length / words.length;
  if (stops >= 0.2 && words.length >= 5) return 'en';
  if (sample.replace(/\s+/g, ' ').length < minChars) return stops >= 0.1 ? 'en' : null;
  const code = franc(sample, { only: ONLY, minLength: minChars });
  return code === 'und' ? null : LANGUAGES[code] ?? null;
}
