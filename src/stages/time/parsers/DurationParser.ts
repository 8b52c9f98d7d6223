// Stretches of time: "three years", "a two-day visit", "the past nine days", "several weeks",
// "over a decade". TIMEX3 value P3Y, P2D, P9D, PXW, P10Y.
import { LEX, NUMBER_WORD } from '../lexicon.ts';
import type { Candidate, Context, Parser } from '../types.ts';
import { amount, scan } from './match.ts';

const UNIT: Record<string, [string, number]> = {
  second: ['S', 1], minute: ['M', 1], hour: ['H', 1], day: ['D', 1], night: ['D', 1], week: ['W', 1],
  month: ['M', 1], quarter: ['Q', 1], year: ['Y', 1], decade: ['Y', 10], century: ['Y', 100],
};
// Words between the number and the unit: "six straight days", "two consecutive quarters",
// "the past five trading days", "two more years".
const BETWEEN = '(?:(?:straight|consecutive|successive|full|whole|trading|business|working|calendar|more|additional|extra)\\s+)?';
const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const UNITS = '(?:one|two|three|four|five|six|seven|eight|nine)';
const TIME_UNITS = new Set(['second', 'minute', 'hour']);
// A half or a quarter of a unit, in the unit below when it divides evenly.
const FRACTIONS: Record<string, (f: number) => string> = {
  century: (f) => `P${100 * f}Y`,
  decade: (f) => (f === 0.5 ? 'P5Y' : 'P2.5Y'),
  year: (f) => `P${12 * f}M`,
  month: (f) => (f === 0.5 ? 'P2W' : 'P1W'),
  week: (f) => `P${7 * f}D`,
  day: (f) => `PT${24 * f}H`,
  hour: (f) => `PT${60 * f}M`,
  minute: (f) => `PT${60 * f}S`,
};

export const DurationParser: Parser = {
  name: 'DurationParser',
  parse(ctx: Context): Candidate[] {
    const num = `\\d+(?:\\.\\d+)?|${TENS}(?:[\\s-]${UNITS})?|${NUMBER_WORD}|several|a\\s+few|few|many|a\\s+couple\\s+of|single(?=-)`;
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}$€£.,/])(?:the\\s+(?:past|last|next|first|coming|previous|following)\\s+|(?:past|last|next|first|coming)\\s+(?=\\d|${NUMBER_WORD}))?((?:${num})(?:\\s+and\\s+a\\s+half)?)[\\s-]+${BETWEEN}(second|minute|hour|day|night|week|month|quarter|year|decade|centur)(?:s|ies|y)?(?:[\\s-]+long)?(?![\\p{L}\\p{N}])`,
      'giu',
    );
    // "the past week", "the last year", "the next month": a stretch of one unit back or ahead
    // from now (TimeML DURATION P1W), not the calendar week ("last week").
    const implicit = scan(ctx, /(?<![\p{L}\p{N}])the\s+(?:past|last|next|coming|previous|following)\s+(day|week|month|year|decade|century)(?![\p{L}\p{N}])/giu, (m) => {
      if (/^\s+of\b/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null; // "the last week of March"
      const unitWord = m[1].toLowerCase();
      const [code, mult] = UNIT[unitWord];
      return { type: 'DURATION', spec: { kind: 'literal', value: `P${mult}${code}`, granularity: 'other' }, rule: 'DurationParser', priority: 0 };
    });
    // "for years", "over decades", "over the years", "in just minutes", "a decades-long feud":
    // an unstated number of units. The preposition is not part of the expression.
    const vague = (unit: string) => {
      const unitWord = unit.toLowerCase().replace(/s$/, '');
      const [code] = UNIT[unitWord];
      const value = TIME_UNITS.has(unitWord) ? `PTX${code}` : unitWord === 'decade' ? 'PXDE' : `PX${code}`;
      return { type: 'DURATION' as const, spec: { kind: 'literal' as const, value, granularity: 'other' as const }, rule: 'DurationParser', priority: 0 };
    };
    const plural = scan(
      ctx,
      /(?<![\p{L}\p{N}])(?:(?:for|over|in|within)\s+(?:(?:just|only|mere|a\s+matter\s+of)\s+)?((?:days|weeks|months|years|decades|hours|minutes))|(?:over|through|down)\s+(the\s+(?:years|decades)))(?![\p{L}\p{N}])/giu,
      (m) => vague((m[1] ?? m[2]).replace(/^the\s+/i, '')),
    ).map((c) => {
      // Only the unit (and "the"): "for just minutes" → "minutes", "over the years" → "the years".
      const at = c.text.search(/(?:the\s+)?(?:days|weeks|months|years|decades|hours|minutes)$/i);
      return { ...c, start: c.start + at, text: c.text.slice(at) };
    });
    // "in recent years", "in the coming weeks": TimeBank reads a stretch of unstated length
    // (DURATION PXY, PXW), not a past or future reference; "in" stays out.
    const recent = scan(ctx, /(?<![\p{L}\p{N}])(?:recent|the\s+coming)\s+(days|weeks|months|years|decades)(?![\p{L}\p{N}])/giu, (m) => {
      if (/\b(?:most|more|less)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 6), m.index))) return null;
      return { ...vague(m[1]), priority: 1 };
    });
    const long = scan(ctx, /(?<![\p{L}\p{N}-])(days|weeks|months|years|decades|hours)-long(?![\p{L}\p{N}])/giu, (m) => vague(m[1]));
    // "half a century", "a half-hour", "a quarter century": a fraction of one unit.
    const fraction = scan(ctx, /(?<![\p{L}\p{N}])(?:(half)\s+an?\s+|an?\s+(half|quarter)(?:[\s-]|\s+of\s+an?\s+))(century|decade|year|month|week|day|hour|minute)(?![\p{L}\p{N}])/giu, (m) => {
      const part = (m[1] ?? m[2]).toLowerCase() === 'half' ? 0.5 : 0.25;
      const value = FRACTIONS[m[3].toLowerCase()]?.(part);
      return value ? { type: 'DURATION', spec: { kind: 'literal', value, granularity: 'other' }, rule: 'DurationParser', priority: 1 } : null;
    });
    // "between 60 and 90 days", "two or three weeks": the first number shares the unit.
    const shared = scan(
      ctx,
      new RegExp(`(?<![\\p{L}\\p{N}$€£.,/])(\\d+|${NUMBER_WORD})(?=\\s+(?:and|or|to)\\s+(?:\\d+|${NUMBER_WORD})\\s+(minute|hour|day|week|month|year)s(?![\\p{L}\\p{N}]))`, 'giu'),
      (m) => {
        const n = amount(m[1], LEX.numbers);
        if (n == null || n < 2 || /^an?$/i.test(m[1])) return null;
        const unitWord = m[2].toLowerCase();
        const code = UNIT[unitWord][0];
        return { type: 'DURATION', spec: { kind: 'literal', value: TIME_UNITS.has(unitWord) ? `PT${n}${code}` : `P${n}${code}`, granularity: 'other' }, rule: 'DurationParser', priority: 0 };
      },
    );
    return implicit.concat(plural, recent, long, fraction, shared, scan(ctx, re, (m) => {
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      // "one second" / "a second" as ordinal is excluded by needing a unit after the number.
      const unitWord = m[2].toLowerCase() === 'centur' ? 'century' : m[2].toLowerCase();
      // "three years ago/later" is a date (RelativeDayParser); "five years old" an age. "Two
      // hours later" has no clock to count from here: the stretch is tagged, "later" outside
      // (as "a day after the vote").
      if (/^\s+(?:ago|old|from\s+now|hence)\b/i.test(after) || (/^\s+(?:earlier|later)\b/i.test(after) && !TIME_UNITS.has(unitWord))) return null;
      const [code, mult] = UNIT[unitWord];
      // "three quarters of the vote", "two and three quarters" are fractions.
      if (unitWord === 'quarter' && ((/^\s+of\b/i.test(after) && !/(?:straight|consecutive|successive)\s+quarters$/i.test(m[0])) || /\band\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 5), m.index)) || /^(?:a|an|one)$/i.test(m[1]))) return null;
      const half = /\s+and\s+a\s+half$/i.exec(m[1]);
      // "a decades-long feud", "a years-long fight": the plural is the amount, not "a".
      if (/^(a|an|one)$/i.test(m[1]) && /(?:s|ies)(?:[\s-]+long)?$/i.test(m[0])) return null;
      const base = /^single$/i.test(m[1]) ? 1 : amount(half ? m[1].slice(0, half.index) : m[1], LEX.numbers);
      const n = base == null ? null : half ? base + 0.5 : base;
      // "one day" / "a day" alone are often "one day he will…" (a date) or "twice a day" (a set).
      // "a second round", "one second" (an ordinal or a figure of speech).
      if (/^(a|an|one)$/i.test(m[1]) && unitWord === 'second') return null;
      // "a day after the vote" is the stretch between two events (TimeML tags it, with the
      // signal "after" outside).
      if (/^(a|an|one)$/i.test(m[1]) && /^(day|night)$/.test(unitWord) && !/^\s*-|[\s-]long/i.test(m[0].slice(m[1].length)) && !/^\s+(?:after|before)\s+\p{L}/iu.test(after)) return null;
      if (/\b(?:once|twice|times|per)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) return null;
      // "$11.99 a month" is a rate (SetParser).
      if (/^an?$/i.test(m[1]) && /[$€£]\s?[\d.,]+\s*(?:million|billion|[mbk])?\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 24), m.index))) return null;
      const v = n == null ? 'X' : String(n * mult);
      const value = TIME_UNITS.has(unitWord) ? `PT${v}${code}` : `P${v}${code}`;
      return { type: 'DURATION', spec: { kind: 'literal', value, granularity: 'other' }, rule: 'DurationParser', priority: 0 };
    }));
  },
};
