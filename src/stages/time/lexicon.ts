// Loads the word lists in lexicon.json once, at module load.
import { readFileSync } from 'node:fs';

interface Lexicon {
  months: Record<string, number>;
  weekdays: Record<string, number>;
  numbers: Record<string, number>;
  ordinals: Record<string, number>;
  seasons: Record<string, string>;
  futureCues: string[];
  pastCues: string[];
  /** Simple presents that schedule ("the summit begins Monday"): future in a body sentence. */
  futuratePresent: string[];
  quantityNouns: string[];
  namedDays: string[];
  /** Holiday name → its day: "MM-DD", "nth:month:weekday:n" (n = -1 the last), "easter:days". */
  holidays: Record<string, string>;
  /** "MM-DD" → the year of the well-known attacks named after that day ("the September 11 attacks"). */
  attackDays: Record<string, number>;
}

export const LEX: Lexicon = JSON.parse(readFileSync(new URL('./lexicon.json', import.meta.url), 'utf8'));

const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/\./g, '\\.')).join('|');

/** Full month names and their abbreviations ("Sept.", "Feb"), longest first for the regexes. */
export const MONTH = alt(Object.keys(LEX.months));
export const WEEKDAY = alt(Object.keys(LEX.weekdays));
export const NUMBER_WORD = alt(Object.keys(LEX.numbers));
export const ORDINAL_WORD = alt(Object.keys(LEX.ordinals));

export function monthOf(word: string): number | undefined {
  return LEX.months[word.toLowerCase().replace(/\.$/, '')];
}
export function weekdayOf(word: string): number | undefined {
  return LEX.weekdays[word.toLowerCase().replace(/\.$/, '')];
}
export function numberOf(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return +w;
  return LEX.numbers[w];
}
