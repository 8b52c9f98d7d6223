// Decades: "the 1990s", "the '80s", "the 80s", "the 2000s". A bare "80s" is usually an age
// ("in their 80s") or a temperature, so two-digit decades need "the" or an apostrophe.
import type { Candidate, Context, Parser } from '../types.ts';
import { scan } from './match.ts';

export const DecadeParser: Parser = {
  name: 'DecadeParser',
  parse(ctx: Context): Candidate[] {
    return scan(ctx, /(?<![\p{L}\p{N}'’])(?:(the\s+)?(?:(early|mid|late)[\s-]+)?)((1[5-9]|20)(\d)0s|['’](\d)0s|(\d)0s)(?![\p{L}\p{N}])/giu, (m) => {
      const before = ctx.text.slice(Math.max(0, m.index - 16), m.index);
      // A bare "80s" needs "the" or a decade just before it ("the 70s and 80s").
      if (m[7] && !m[1] && !/\d0s\s+(?:and|or|to|through|into)\s+$/i.test(before)) return null;
      if (/\b(?:his|her|their|its|your|our|my)\s+(?:early\s+|mid\s+|late\s+)?$/i.test(before + (m[1] ?? ''))) return null;
      let decade: number;
      if (m[4]) decade = +`${m[4]}${m[5]}`;
      else {
        const d = +(m[6] ?? m[7]);
        const pub = ctx.published?.year ?? 2000;
        decade = Math.floor(pub / 100) * 10 + d;
        if (decade * 10 > pub) decade -= 10;
      }
      const start = m.index + (m[1] ? m[1].length : 0);
      return { start, end: m.index + m[0].length, text: ctx.text.slice(start, m.index + m[0].length), type: 'DATE', spec: { kind: 'decade', decade }, rule: 'DecadeParser', priority: 1 };
    });
  },
};
