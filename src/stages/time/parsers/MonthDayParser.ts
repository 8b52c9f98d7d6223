// Month-day dates as news writes them: "Feb. 3", "February 3rd, 2024", "3 February 2024",
// "the 5th of May", "23-24 January" / "January 23-24" (a range: its first day),
// "Sunday, Feb. 4". chrono reads most of these too, but not "on 11 December --" or
// "October 9 , 2002"; this rule is the one we rely on, chrono the fallback.
import { LEX, MONTH, monthOf } from '../lexicon.ts';
import type { Candidate, Context, Parser } from '../types.ts';
import { scan } from './match.ts';

const FULL_WEEKDAY = Object.keys(LEX.weekdays).filter((w) => w.length > 5).join('|');
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const RANGE = '(?:\\s*(?:-|–|—|to|and|through)\\s*\\d{1,2}(?:st|nd|rd|th)?)?';
const YEAR = '(?:\\s*,?\\s*((?:1\\d|20)\\d{2})(?![\\p{N}]))?';
// The weekday must be on the same line: "…until Friday\nSeptember 18 , 2008" is a headline and a dateline.
const WD = `(?:(${FULL_WEEKDAY}),?[ \\t]+(?:the\\s+)?)?`;

function build(weekdayWord: string | undefined, month: string, day: string, year: string | undefined): Omit<Candidate, 'start' | 'end' | 'text'> | null {
  const m = monthOf(month);
  const d = +day;
  if (!m || d < 1 || d > 31) return null;
  // "Sunday, Feb. 4" without a year: the weekday tells which year (the resolver checks it).
  const weekday = weekdayWord && !year ? LEX.weekdays[weekdayWord.toLowerCase()] : undefined;
  return {
    type: 'DATE',
    spec: { kind: 'calendar', month: m, day: d, year: year ? +year : undefined, weekday },
    rule: 'MonthDayParser',
    priority: 3,
  };
}

export const MonthDayParser: Parser = {
  name: 'MonthDayParser',
  parse(ctx: Context): Candidate[] {
    const monthFirst = scan(
      ctx,
      new RegExp(`(?<![\\p{L}\\p{N}])${WD}(${MONTH})\\.?\\s+${DAY}${RANGE}${YEAR}(?![\\p{L}\\p{N}]|[:.,]\\d)`, 'giu'),
      (m) => (/^\p{Lu}/u.test(m[2]) ? build(m[1], m[2], m[3], m[4]) : null),
    );
    const dayFirst = scan(
      ctx,
      new RegExp(`(?<![\\p{L}\\p{N}$€£.,:/])${WD}(?:the\\s+)?${DAY}${RANGE}\\s+(?:of\\s+)?(${MONTH})\\.?${YEAR}(?![\\p{L}\\p{N}])`, 'giu'),
      (m) => (/^\p{Lu}/u.test(m[3]) ? build(m[1], m[3], m[2], m[4]) : null),
    );
    return [...monthFirst, ...dayFirst].map((c) => {
      // A trailing period belongs to the abbreviation only ("Feb." keeps it, "3." does not).
      // A full month name takes no period: "on 14 June." ends the sentence.
      const text = c.text.replace(/[\s,]+$/, '').replace(/(january|february|march|april|may|june|july|august|september|october|november|december)\.$/i, '$1');
      return { ...c, text, end: c.start + text.length };
    });
  },
};
