// Holidays with a known day: "Christmas Day", "New Year's Eve", "Thanksgiving", "Easter
// Monday", "last Christmas", "Christmas 2005" (the rules are in lexicon.json: a fixed day, the
// nth weekday of a month, or days from Easter). The year is found like that of "Dec. 25".
// A bare "Christmas", "Easter", "Thanksgiving" or "Halloween" needs a preposition or a
// determiner before it and no noun after it: "on Christmas" is the day, "Christmas sales" or
// "the Easter holidays" a season. Lunar or other-calendar feasts ("Orthodox Christmas",
// "Chinese New Year") are not these days.
import { LEX } from '../lexicon.ts';
import type { Candidate, Context, Parser } from '../types.ts';
import { scan } from './match.ts';

const NAMES = Object.keys(LEX.holidays).sort((a, b) => b.length - a.length);
const pattern = (name: string) => name.replace(/\./g, '\\.?').replace(/'/g, "['’]?").replace(/\s+/g, '\\s+');
const RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(last|next|this|coming)\\s+)?(${NAMES.map(pattern).join('|')})(?:\\s*,?\\s*((?:1[6-9]|20)\\d{2}))?(?![\\p{L}\\p{N}])`,
  'giu',
);
const BARE = /^(?:christmas|easter|thanksgiving|halloween)$/i;
const CUE_BEFORE = /(?:^|[^\p{L}])(?:on|at|over|before|after|until|till|since|by|around|during|through|for|from|of|ahead\s+of)\s+$/iu;
const AFTER_OK = /^(?:\s*(?:[,.;:!?)"”]|$)|\s+(?:and|or|when|as|in|to|with|at|on|is|was|were|will|this|last|next|eve\b))/i;
const OTHER_CALENDAR = /(?:orthodox|coptic|julian|chinese|lunar|jewish|persian|iranian|vietnamese|tamil|hindu|islamic|hijri)\s+$/i;

export const HolidayParser: Parser = {
  name: 'HolidayParser',
  parse(ctx: Context): Candidate[] {
    return scan(ctx, RE, (m) => {
      const name = m[2];
      // Holidays are proper names: capitalized ("the Fourth of July": its first noun).
      if (!/^\p{Lu}/u.test(name.replace(/^the\s+/i, ''))) return null;
      const key = NAMES.find((n) => new RegExp(`^${pattern(n)}$`, 'iu').test(name));
      if (!key) return null;
      const before = ctx.text.slice(Math.max(0, m.index - 14), m.index);
      if (OTHER_CALENDAR.test(before)) return null;
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 8);
      // "the Good Friday Agreement", "a Christmas tree": a name or a noun modifier.
      const next = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 14);
      if ((/^\s+\p{Lu}/u.test(next) || /^\s+(?:agreements?|accords?|peace|deal|talks|pact)\b/i.test(next)) && !m[3]) return null;
      if (BARE.test(key) && !m[1] && !m[3] && (!CUE_BEFORE.test(before) || !AFTER_OK.test(after))) return null;
      const w = m[1]?.toLowerCase();
      const shift = w === 'last' ? -1 : w === 'next' || w === 'coming' ? 1 : w === 'this' ? 0 : undefined;
      return { type: 'DATE', spec: { kind: 'holiday', rule: LEX.holidays[key], year: m[3] ? +m[3] : undefined, shift }, rule: 'HolidayParser', priority: 2 };
    });
  },
};
