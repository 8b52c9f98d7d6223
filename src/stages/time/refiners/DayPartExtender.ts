// "the morning of March 3", "the night of 14 June", "the evening of Friday": a part of a named
// day. TimeML makes it one TIME whose value keeps the day ("2009-03-03TMO"), as for
// "Sunday evening".
import type { Candidate, Context, DayPart, Refiner } from '../types.ts';

const PARTS: Record<string, DayPart> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
const BEFORE = /(?<![\p{L}\p{N}])(?:the\s+)?(?:(?:early|late)\s+)?(morning|afternoon|evening|night)\s+of\s+$/iu;

export const DayPartExtender: Refiner = {
  name: 'DayPartExtender',
  refine(ctx: Context, candidates: Candidate[]): Candidate[] {
    let prevEnd = 0;
    return candidates.map((c) => {
      const before = ctx.text.slice(Math.max(prevEnd, c.start - 40), c.start);
      prevEnd = c.end;
      const s = c.spec;
      const namesDay = s.kind === 'calendar' && !s.part && !s.clock && (s.day != null || (s.weekday != null && s.month == null));
      if (c.type !== 'DATE' || !namesDay) return c;
      const m = BEFORE.exec(before);
      if (!m) return c;
      const start = c.start - m[0].length;
      return { ...c, start, text: ctx.text.slice(start, c.end), type: 'TIME', spec: { ...s, part: PARTS[m[1].toLowerCase()] } };
    });
  },
};
