// Expressions that count from the event being told, not from publication: "the day before",
// "the previous day", "the same day", "that day", "earlier in the day", "earlier on the day",
// "later that day", "the next day", "the following day", "a day later". They take the date of
// the nearest day-precise expression before them; with none, the resolver falls back to
// the publication date.
import type { Candidate, Context, DayPart, Parser } from '../types.ts';
import { scan } from './match.ts';

const PATTERNS: [RegExp, number, DayPart?][] = [
  [/the\s+(?:day|night)\s+before|the\s+previous\s+(?:day|night)|the\s+preceding\s+day|a\s+day\s+(?:earlier|before)|the\s+eve/giu, -1],
  [/the\s+next\s+day|the\s+following\s+day|the\s+day\s+after|a\s+day\s+later|the\s+next\s+morning|the\s+following\s+morning/giu, 1],
  [/the\s+same\s+day|that\s+(?:same\s+)?day|(?:earlier|later)\s+(?:in|on)\s+the\s+day|(?:earlier|later)\s+that\s+day|late\s+in\s+the\s+day|the\s+same\s+(?:morning|afternoon|evening)/giu, 0],
  [/that\s+(?:same\s+)?(?:morning|afternoon|evening|night)|(?:earlier|later)\s+that\s+(?:morning|afternoon|evening|night)/giu, 0],
];
const PARTS: Record<string, DayPart> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

export const EventRelativeParser: Parser = {
  name: 'EventRelativeParser',
  parse(ctx: Context): Candidate[] {
    return PATTERNS.flatMap(([re, n]) =>
      scan(ctx, new RegExp(`(?<![\\p{L}\\p{N}])(?:${re.source})(?![\\p{L}\\p{N}])`, 'giu'), (m) => {
        // "the eve of the summit" needs its own anchor; only the bare "the eve" is the day before.
        if (/eve$/i.test(m[0]) && /^\s+of\b/i.test(ctx.text.slice(m.index + m[0].length))) return null;
        // "the day after Thanksgiving", "the day before the vote": counted from what follows,
        // which is not the event in context.
        if (/(?:before|after)$/i.test(m[0]) && /^\s+\p{L}/u.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
        const p = /(morning|afternoon|evening|night)$/i.exec(m[0])?.[1]?.toLowerCase();
        // "the next day" with nothing dated before it is later than nothing we know, and "that
        // day" / "the same day" point at a day told before: with none, no value.
        const anaphoric = n > 0 || /^(?:that|the\s+same)\s/i.test(m[0]);
        return { type: p ? 'TIME' : 'DATE', spec: { kind: 'event', n, part: p ? PARTS[p] : undefined, needsContext: anaphoric || undefined }, rule: 'EventRelativeParser', priority: 2 };
      }),
    ).concat(
      scan(
        ctx,
        /(?<![\p{L}\p{N}])the\s+same\s+(period|month|quarter|week|day|time|season)(?:\s+of\s+the)?\s+(?:(last|previous|next)\s+year|a\s+year\s+(?:ago|earlier|before|later))(?![\p{L}\p{N}])/giu,
        (m) => ({
          type: 'DATE',
          spec: {
            kind: 'samePeriod',
            years: /next|later/i.test(m[0]) ? 1 : -1,
            unit: (['month', 'quarter', 'week', 'day'].includes(m[1].toLowerCase()) ? m[1].toLowerCase() : 'period') as 'period' | 'month' | 'quarter' | 'week' | 'day',
          },
          rule: 'EventRelativeParser',
          priority: 3,
        }),
      ),
      // "by the end of the year", "the rest of the month": in news, the current year or month.
      scan(
        ctx,
        /(?<![\p{L}\p{N}])(?:end|beginning|start|middle|rest|remainder|course|close|turn)\s+of\s+(the\s+(year|month))(?![\p{L}\p{N}])/giu,
        (m) => ({ type: 'DATE', spec: { kind: 'offset', n: 0, unit: m[2].toLowerCase() as 'year' | 'month' }, rule: 'EventRelativeParser', priority: 1 }),
        1,
      ),
    ).concat(
      // "the previous year", "a month earlier", "the following week", "that year".
      scan(
        ctx,
        /(?<![\p{L}\p{N}])(?:the\s+(previous|preceding|following|next|same)\s+(week|month|year)|(a|one)\s+(week|month|year)\s+(earlier|before|later)|(that|the\s+(?:entire|whole|full))\s+(week|month|year)|the\s+(week|month|year)\s+(before|after|previous|prior))(?![\p{L}\p{N}])/giu,
        (m) => {
          const w = (m[1] ?? m[5] ?? m[6] ?? m[9]).toLowerCase().replace(/^prior$/, 'previous');
          // "a year before the vote": counted from the clause after it, which we do not resolve.
          if ((w === 'before' || w === 'after') && !/^\s*(?:[,.;:)!?]|$)/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
          const unit = (m[2] ?? m[4] ?? m[7] ?? m[8]).toLowerCase() as 'week' | 'month' | 'year';
          const n = w === 'previous' || w === 'preceding' || w === 'earlier' || w === 'before' ? -1 : w === 'same' || w === 'that' || /^the\s/.test(w) ? 0 : 1;
          // "the next year" after a future cue is the year after publication more often; the
          // resolver treats a missing context the same way. "A year later" with nothing dated
          // before it is later than nothing we know: no value.
          const later = w === 'later';
          return { type: 'DATE', spec: { kind: 'event', n, unit, needsContext: later || undefined }, rule: 'EventRelativeParser', priority: 2 };
        },
      ),
    );
  },
};
