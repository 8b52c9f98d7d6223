// Bare years: "in 1953", "since 2008", "the 2008 election", and "'82". chrono does not read
// them. A four-digit number is a year unless it looks like an amount (a currency sign, a
// thousands separator, a quantity noun after it).
import { LEX, MONTH } from '../lexicon.ts';
import type { Candidate, Context, Parser } from '../types.ts';
import { scan } from './match.ts';

const QUANTITY = new Set(LEX.quantityNouns);
const MONTH_RE = new RegExp(`^(?:${MONTH})\\.?$`, 'i');
const YEAR_CUE = /\b(?:in|since|of|by|from|until|till|to|through|before|after|during|year|early|mid|late|circa|c\.)\s*-?$/i;

export const YearParser: Parser = {
  name: 'YearParser',
  parse(ctx: Context): Candidate[] {
    const full = scan(ctx, /(?<![\p{L}\p{N}$€£¥#.,:/]|\d[,.] ?|\d-)(1\d{3}|20\d{2})(?![\p{N}%]|[.,:/]\d|\s?(?:-|–)\s?\d{3,})/u, (m) => {
      const year = +m[1];
      const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      // Old years are rare in news and often amounts: ask for a year cue.
      if (year < 1900 && !YEAR_CUE.test(before)) return null;
      const next = /^\s+([a-z]+)/.exec(after)?.[1];
      if (next && QUANTITY.has(next)) return null;
      // Model numbers: "RTX 2060", "GTX 1080" (an acronym right before, far from the publication
      // year); "WWDC 2005" and "FY 2019" near it are years.
      const near = ctx.published ? Math.abs(year - ctx.published.year) <= 10 : true;
      if (!near && /(?:^|[^\p{L}])\p{Lu}{2,5}\s$/u.test(before)) return null;
      // Inside a product or index name: "Russell 2000 Index", "Windows 2000 Server".
      if (/(?:^|[^\p{L}])\p{Lu}\p{Ll}+\s$/u.test(before) && /^[ \t]\p{Lu}/u.test(after) && !MONTH_RE.test(before.trim().split(/\s+/).pop() ?? '')) {
        const prevWord = before.trim().split(/\s+/).pop() ?? '';
        if (!/^(?:In|Since|Until|By|From|During|Before|After|Of|The|And|Through)$/.test(prevWord)) return null;
      }
      if (/[$€£]\s*$|\bno\.?\s*$|\bnumber\s*$|\bpage\s*$|\bflight\s*$|\broute\s*$|\bresolution\s*$/i.test(before)) return null;
      return { type: 'DATE', spec: { kind: 'calendar', year }, rule: 'YearParser', priority: 0 };
    });
    // '82 → 1982: the century nearest before the publication year.
    const short = scan(ctx, /(?<=^|[\s(])['’](\d{2})(?![\p{L}\p{N}'’])/u, (m) => {
      const yy = +m[1];
      // "iLife '11", "Windows '98": a short year right after a name is an edition label.
      const prevWord = /(\S+)\s+$/u.exec(ctx.text.slice(Math.max(0, m.index - 20), m.index))?.[1] ?? '';
      if (/^\p{L}*\p{Lu}\p{L}*$/u.test(prevWord) && !MONTH_RE.test(prevWord) && !YEAR_CUE.test(prevWord) && !/^(?:spring|summer|autumn|fall|winter|class)$/i.test(prevWord)) return null;
      const pub = ctx.published?.year ?? 2000;
      let year = Math.floor(pub / 100) * 100 + yy;
      if (year > pub + 1) year -= 100;
      return { type: 'DATE', spec: { kind: 'calendar', year }, rule: 'YearParser', priority: 0 };
    });
    return [...full, ...short];
  },
};
