// Days counted from the publication date: "today", "yesterday", "tomorrow", "tonight",
// "this morning", "last night", "earlier today", "three days ago", "a week ago", "two years ago".
import { LEX, NUMBER_WORD } from '../lexicon.ts';
import type { Candidate, Context, DayPart, Parser } from '../types.ts';
import { amount, scan } from './match.ts';

const PARTS: Record<string, DayPart> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

export const RelativeDayParser: Parser = {
  name: 'RelativeDayParser',
  parse(ctx: Context): Candidate[] {
    const words = scan(
      ctx,
      /(?<![\p{L}\p{N}])(?:(earlier|later)\s+)?(?:(the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow|last\s+night)|(this)\s+(morning|afternoon|evening))(?:\s+(morning|afternoon|evening|night))?(?![\p{L}\p{N}])/giu,
      (m) => {
        const w = (m[2] ?? m[3]).toLowerCase().replace(/\s+/g, ' ');
        let n = 0;
        let part: DayPart | undefined;
        if (w === 'yesterday') n = -1;
        else if (w === 'tomorrow') n = 1;
        else if (w === 'the day before yesterday') n = -2;
        else if (w === 'the day after tomorrow') n = 2;
        else if (w === 'tonight') part = 'NI';
        else if (w === 'last night') {
          n = -1;
          part = 'NI';
        }
        // "today's world", "an exciting time at today's GM": "today" for the present age, not
        // the day (TimeML PRESENT_REF); "today's meeting" stays the day.
        if (w === 'today' && !m[1] && !m[5] && isGenericToday(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) {
          return { type: 'DATE', spec: { kind: 'literal', value: 'PRESENT_REF', granularity: 'other' }, rule: 'RelativeDayParser', priority: 2 };
        }
        const p = m[4] ?? m[5];
        if (p) part = PARTS[p.toLowerCase()];
        if (m[5] && (w === 'tonight' || w === 'last night')) return null;
        return { type: part ? 'TIME' : 'DATE', spec: { kind: 'offset', unit: 'day', n, part }, rule: 'RelativeDayParser', priority: 2 };
      },
    );
    const ago = scan(
      ctx,
      new RegExp(`(?<![\\p{L}\\p{N}])(\\d+|${NUMBER_WORD}|a\\s+few|several|a\\s+couple\\s+of)\\s+(day|week|month|year|decade)s?\\s+(ago|earlier|before|later|from\\s+now|hence)(?![\\p{L}\\p{N}])`, 'giu'),
      (m) => {
        const n = amount(m[1], LEX.numbers);
        const unit = m[2].toLowerCase() as 'day' | 'week' | 'month' | 'year' | 'decade';
        const dir = m[3].toLowerCase();
        // "three days later than planned" compares two dates; it names neither.
        const rest = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 6);
        if (/^\s+than\b/i.test(rest)) return null;
        // "half a year ago" is not "a year ago".
        if (/\bhalf\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 5), m.index))) return null;
        // "three weeks before he died" / "two days after the vote": the anchor is the clause that follows, which we do not resolve.
        if ((dir === 'before' || dir === 'after') && !/^\s*(?:[,.;:)!?]|$)/.test(rest)) return null;
        // "two days later/earlier/before" counts from the event in context, not from publication.
        if (dir === 'earlier' || dir === 'before' || dir === 'later') {
          if (n == null) return null;
          const sign = dir === 'later' ? 1 : -1;
          // "two days later" with nothing dated before it is later than nothing we know: no value.
          if (unit === 'day' || unit === 'week') return { type: 'DATE', spec: { kind: 'event', n: sign * n * (unit === 'week' ? 7 : 1), needsContext: sign > 0 || undefined }, rule: 'RelativeDayParser', priority: 2 };
          // "elected in 1992 and re-elected four years later": the year (or month) of the
          // event in context, moved; with no dated event before it, no value.
          if (!Number.isInteger(n)) return null;
          return {
            type: 'DATE',
            spec: { kind: 'event', n: sign * n * (unit === 'decade' ? 10 : 1), unit: unit === 'month' ? 'month' : 'year', needsContext: true },
            rule: 'RelativeDayParser',
            priority: 2,
          };
        }
        const sign = dir === 'ago' ? -1 : 1;
        if (n == null) return { type: 'DATE', spec: { kind: 'literal', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', granularity: 'other' }, rule: 'RelativeDayParser', priority: 2 };
        if (unit === 'week') return { type: 'DATE', spec: { kind: 'offset', unit: 'day', n: sign * 7 * n }, rule: 'RelativeDayParser', priority: 2 };
        if (unit === 'decade') return { type: 'DATE', spec: { kind: 'offset', unit: 'year', n: sign * 10 * n }, rule: 'RelativeDayParser', priority: 2 };
        return { type: 'DATE', spec: { kind: 'offset', unit, n: sign * n }, rule: 'RelativeDayParser', priority: 2 };
      },
    );
    return [...words, ...ago];
  },
};

const GENERIC = /^\s?['’]s\s+(?:(?:modern|global|fast-paced|competitive|uncertain|difficult|new|young|digital)\s+)?(?:world|society|economy|economic\s+climate|market(?:place)?|youth|generation|children|kids|young\s+people|standards|technology|culture|politics|environment|age|era)\b/i;
function isGenericToday(after: string): boolean {
  if (GENERIC.test(after)) return true;
  // "today's GM", "today's Russia": a name alone after "today's" (no noun of its own after it).
  return /^\s?['’]s\s+\p{Lu}[\p{L}&.-]*\s*(?:[.,;:!?]|$|(?:is|was|has|and|will|can)\b)/u.test(after);
}
