// A part of the day with no day word of its own: "in the morning", "during the night",
// "in morning trading", "the afternoon session". TimeML types it TIME and gives it the day in
// context, like a clock ("2010-03-02TMO"); ValueResolver finds that day. A part joined to a day
// ("Monday morning", "this morning", "the morning of March 3") is read by the day's parser.
import type { Candidate, Context, DayPart, Parser } from '../types.ts';
import { scan } from './match.ts';

const PARTS: Record<string, DayPart> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
// Market and parliament reports name a session by its part of the day.
const SESSION = '(?:trading|trade|deals|dealings|session|sitting|hours)';

export const DayPartParser: Parser = {
  name: 'DayPartParser',
  parse(ctx: Context): Candidate[] {
    const build = (part: string): Omit<Candidate, 'start' | 'end' | 'text'> => ({
      type: 'TIME',
      spec: { kind: 'literal', value: `T${PARTS[part.toLowerCase()]}`, granularity: 'other' },
      rule: 'DayPartParser',
      priority: 0,
    });
    // "in the morning", "during the night"; the preposition is not part of the expression.
    // "at night" is left out: it is mostly generic ("the streets are empty at night").
    const phrase = scan(
      ctx,
      /(?<![\p{L}\p{N}])(?:in|during|through|throughout|by)\s+(the\s+(?:(?:early|late)\s+)?(morning|afternoon|evening|night))(?![\p{L}\p{N}-])/giu,
      (m) => {
        const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
        // "the morning of March 3" is one TIME (DayPartExtender); "the night of the long knives" a name.
        if (/^\s+of\b/i.test(after)) return null;
        // "in the morning paper", "the evening news": a noun after it makes it a modifier.
        if (/^\s+(?:paper|papers|news|edition|prayers?|star|sun|shift|flight|train|show)\b/i.test(after)) return null;
        return build(m[2]);
      },
      1,
    );
    // "in morning trading", "the afternoon session": the part of the day alone is the expression.
    const session = scan(
      ctx,
      new RegExp(`(?<![\\p{L}\\p{N}-])(?:(?:early|late|mid)[\\s-])?(morning|afternoon|evening)(?=\\s+${SESSION}(?![\\p{L}\\p{N}]))`, 'giu'),
      (m) => build(m[1]),
    );
    return [...phrase, ...session];
  },
};
