// Weekdays: "on Saturday", "last Monday", "next Friday", "Sunday night". Only full names: "Sun"
// and "Wed" are a newspaper and a verb far more often than days. Plurals ("on Mondays") are SETs.
import { LEX } from '../lexicon.ts';
import type { Candidate, Context, DayPart, Parser } from '../types.ts';
import { scan } from './match.ts';

const FULL = Object.keys(LEX.weekdays).filter((w) => w.length > 5).join('|');
const PARTS: Record<string, DayPart> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

export const WeekdayParser: Parser = {
  name: 'WeekdayParser',
  parse(ctx: Context): Candidate[] {
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(last|next|this|past|coming|previous)\\s+)?(${FULL})(s)?(?:\\s+(morning|afternoon|evening|night))?(?![\\p{L}\\p{N}])`,
      'giu',
    );
    return scan(ctx, re, (m) => {
      if (!/^\p{Lu}/u.test(m[2])) return null;
      const weekday = LEX.weekdays[m[2].toLowerCase()];
      if (m[3]) {
        return { type: 'SET', spec: { kind: 'literal', value: `XXXX-WXX-${weekday === 0 ? 7 : weekday}`, granularity: 'other' }, rule: 'WeekdayParser', priority: 1 };
      }
      const shift = m[1]?.toLowerCase();
      const weekdayShift = shift === 'last' || shift === 'past' || shift === 'previous' ? -1 : shift === 'next' || shift === 'coming' ? 1 : shift === 'this' ? 0 : undefined;
      const part = m[4] ? PARTS[m[4].toLowerCase()] : undefined;
      // TimeML types a part of a day ("Sunday evening") as TIME; its value still names the day.
      return { type: part ? 'TIME' : 'DATE', spec: { kind: 'calendar', weekday, weekdayShift, part }, rule: 'WeekdayParser', priority: 1 };
    });
  },
};
