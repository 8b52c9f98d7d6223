// A day that names well-known attacks: "the September 11 attacks", "the attacks of Sept. 11",
// "since 9/11". Read as a month-day, "September 11" in a 2007 article would be 2006-09-11; the
// name means the day of the attacks (`attackDays` in lexicon.json: 09-11 → 2001). Only with an
// attack noun next to it (or the written "9/11" after a determiner or preposition): "on
// September 11" alone is that year's day.
import { LEX, MONTH, monthOf } from '../lexicon.ts';
import type { Candidate, Context, Parser } from '../types.ts';
import { scan } from './match.ts';

const NOUN = '(?:terrorist\\s+|terror\\s+|suicide\\s+)?(?:attacks?|hijackings?|bombings?)';
const pad = (n: number) => String(n).padStart(2, '0');

function build(month: number | undefined, day: number): Omit<Candidate, 'start' | 'end' | 'text'> | null {
  const year = month ? LEX.attackDays[`${pad(month)}-${pad(day)}`] : undefined;
  if (!month || year == null) return null;
  return { type: 'DATE', spec: { kind: 'calendar', year, month, day }, rule: 'AttackDayParser', priority: 4 };
}

export const AttackDayParser: Parser = {
  name: 'AttackDayParser',
  parse(ctx: Context): Candidate[] {
    const named = scan(
      ctx,
      new RegExp(`(?<![\\p{L}\\p{N}])((${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?)(?=,?\\s+${NOUN}(?![\\p{L}]))`, 'giu'),
      (m) => (/^\p{Lu}/u.test(m[2]) ? build(monthOf(m[2]), +m[3]) : null),
      1,
    );
    const of = scan(
      ctx,
      new RegExp(`(?<=${NOUN}\\s+(?:of|on)\\s+)((${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?)(?![\\p{L}\\p{N}]|,?\\s+\\d{4})`, 'giu'),
      (m) => (/^\p{Lu}/u.test(m[2]) ? build(monthOf(m[2]), +m[3]) : null),
      1,
    );
    const slash = scan(
      ctx,
      /(?<=(?:^|[^\p{L}])(?:the|since|after|before|of|post|pre)[\s-]+)(\d{1,2})\/(\d{1,2})(?![\p{N}/])/giu,
      (m) => build(+m[1], +m[2]),
    );
    return [...named, ...of, ...slash];
  },
};
