// Numbers that chrono reads as clock times: "$1.35 a share", "at 15 million", "2 1/2",
// "by 9.5 percent". A clock time needs a clock mark and must not be money or a quantity.
import type { Candidate, Context, Refiner } from '../types.ts';

export const ClockFilter: Refiner = {
  name: 'ClockFilter',
  refine(ctx: Context, candidates: Candidate[]): Candidate[] {
    return candidates.filter((c) => {
      if (c.type !== 'TIME' || c.rule !== 'ChronoParser') return true;
      const before = ctx.text.slice(Math.max(0, c.start - 3), c.start);
      const after = ctx.text.slice(c.end, c.end + 14);
      if (/[$€£¥]\s*$|\d[\s/]*$/.test(before)) return false;
      if (/^\s*(?:million|billion|trillion|thousand|percent|per\s*cent|%|a\s+share|points?|[\d/])/i.test(after)) return false;
      // Game clocks: "with 3:08 to play", "17:46 into the third period".
      if (/^\s*(?:to\s+play|to\s+go|left|remaining|into)\b/i.test(after)) return false;
      if (/^\d+\.\d+/.test(c.text) && !/[ap]\.?m\.?/i.test(c.text)) return false;
      return true;
    });
  },
};
