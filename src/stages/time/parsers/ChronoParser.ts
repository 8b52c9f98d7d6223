// chrono-node proposes calendar dates ("Feb. 3", "3 February 2024", "September 01 , 2007",
// "7/8/07", "23-24 January") and clock times. Only what the text states is kept (chrono's
// knownValues); the year and direction are decided later by our resolver, and chrono's own
// relative readings (today, last week) are left to our parsers, which know about news tense.
import * as chrono from 'chrono-node';
import { MONTH } from '../lexicon.ts';
import type { Candidate, Context, Parser } from '../types.ts';

// The casual configuration also reads clock times ("at 3 p.m."); its casual references and
// bare weekdays are dropped below because our parsers resolve them with tense.
const parser = chrono.en.casual;
// Any fixed day works: we read only the components chrono found in the text. Local noon keeps
// chrono's local-time arithmetic away from a day boundary in any time zone.
const REFERENCE = new Date(2000, 0, 15, 12, 0, 0);

const LEADING = /^(?:on|at|in|by|from|since|until|till|of|the)\s+/i;
const CLOCK_MARK = /\d\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])|o'clock|\bnoon\b|\bmidnight\b|\d:\d\d/i;
// A clock at the start of chrono's text: "9:30 a.m.", "16:15 UTC", "3 p.m. EST".
const CLOCK_HEAD = /^\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?(?:\s+(?:UTC|GMT|[ECMP][SD]T))?(?=\s|,|$)/i;
const FULL_WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
// chrono's casual words that name a day, as offsets from publication.
const CASUAL_DAY: Record<string, { n: number } | undefined> = { today: { n: 0 }, tonight: { n: 0 }, yesterday: { n: -1 }, tomorrow: { n: 1 } };

export const ChronoParser: Parser = {
  name: 'ChronoParser',
  parse(ctx: Context): Candidate[] {
    // Line by line: a date must not run into the next line ("Friday\nSeptember 18").
    const results: { r: chrono.ParsedResult; at: number }[] = [];
    let lineStart = 0;
    for (const line of ctx.text.split('\n')) {
      try {
        for (const r of parser.parse(line, REFERENCE)) results.push({ r, at: lineStart + r.index });
      } catch {
        // chrono is not ours to fix: a line it cannot read yields nothing.
      }
      lineStart += line.length + 1;
    }
    const out: Candidate[] = [];
    for (const { r, at } of results) {
      const tags = r.tags();
      if ([...tags].some((t) => t.startsWith('result/relative'))) continue;
      const casual = [...tags].find((t) => t.startsWith('casualReference/'))?.slice('casualReference/'.length);
      // "noon" and "midnight" are clock times; chrono's other casual words ("today", "this
      // morning") are left to our parsers, except joined to a clock ("16:00 UTC today").
      if (casual && casual !== 'noon' && casual !== 'midnight' && !CASUAL_DAY[casual]) continue;
      let text = r.text;
      let start = at;
      const lead = LEADING.exec(text);
      if (lead) {
        text = text.slice(lead[0].length);
        start += lead[0].length;
      }
      const trail = /[\s,]+(?:of)?\s*$/.exec(text);
      if (trail) text = text.slice(0, trail.index);
      // chrono takes the bracket closing "(05:46 GMT)" into the zone.
      if (/\)$/.test(text) && !text.includes('(')) text = text.slice(0, -1).trimEnd();
      // Only calendar words and numbers: "end of this year" is chrono's relative reading.
      const monthWord = new RegExp(`(?<![\\p{L}])(?:${MONTH})(?![\\p{L}])`, 'iu').exec(text)?.[0];
      if (!/\d|\bnoon\b|\bmidnight\b/i.test(text) && !monthWord) continue;
      // "a protest march", "you may": month names are capitalized when they are months.
      if (monthWord && !/^\p{Lu}/u.test(monthWord)) continue;
      // "2275 3 4 11" in a results table: numbers with only spaces between are not a date.
      if (!monthWord && !/\d\s*[/.:-]\s*\d|[ap]\.?m\b|o'clock|noon|midnight/i.test(text)) continue;
      const s = r.start;
      const get = (k: chrono.Component) => (s.isCertain(k) ? s.get(k) ?? undefined : undefined);
      let year = get('year');
      // chrono reads "23-24 January, 10" as the year 2010: keep only years written in full
      // (or in a numeric date such as 7/8/07).
      if (year != null && !text.includes(String(year)) && !/\d[/.-]\d{1,2}[/.-]\d{2}\b/.test(text)) {
        const cut = /,?\s*'?\d{1,2}$/.exec(text);
        if (cut) text = text.slice(0, cut.index);
        year = undefined;
      }
      const month = get('month');
      const day = get('day');
      const hour = get('hour');
      const minute = get('minute');
      const base = { start, end: start + text.length, text, rule: 'ChronoParser', priority: 1 };
      // A clock with "UTC"/"GMT" is in UTC: TIMEX3 marks it with Z.
      const zone = /\b(?:UTC|GMT)\b(?!\s*[+-]\s*\d)/.test(text) ? 'Z' : '';
      const clock = hour != null && CLOCK_MARK.test(text) ? `${String(hour).padStart(2, '0')}:${String(minute ?? 0).padStart(2, '0')}${zone}` : undefined;
      const weekday = s.isCertain('weekday') ? s.get('weekday') ?? undefined : undefined;
      if (casual && CASUAL_DAY[casual]) {
        // "9 p.m. yesterday", "16:00 UTC today": one TIME on that day (TimeML). chrono's own day
        // is its reference's, so only the offset is taken.
        const n = CASUAL_DAY[casual];
        if (clock && /^(?:[\d\s:.,apmAPMUTCGMESTD()+-]|o'clock|today|tonight|yesterday|tomorrow|at)+$/i.test(text)) {
          out.push({ ...base, type: 'TIME', spec: { kind: 'offset', unit: 'day', n: n.n, clock } });
        }
        continue;
      }
      if (month != null) {
        // A clock before the date: "9:30 a.m. on Feb. 4" is one TIME; "16:15 UTC , June 1st"
        // sets the date apart, so the clock stands alone (it takes the day of its sentence)
        // and MonthDayParser reads the date.
        const head = CLOCK_HEAD.exec(text);
        if (head) {
          if (!clock) continue;
          if (/^\s*[,(]/.test(text.slice(head[0].length))) {
            out.push({ ...base, end: start + head[0].length, text: head[0], type: 'TIME', spec: { kind: 'literal', value: `T${clock}`, granularity: 'other' } });
            continue;
          }
        }
        // A slash date without a year is more often a fraction or a score ("1/2", "3/4").
        if ([...tags].includes('parser/SlashDateFormatParser') && year == null) continue;
        // "Feb. 3 at 3 p.m." is one TIME (TimeML) whose value still names the day.
        const dayClock = day != null ? clock : undefined;
        // "Monday, Oct. 5": the weekday tells the year when none is written.
        const wd = day != null && year == null ? weekday : undefined;
        out.push({ ...base, type: dayClock ? 'TIME' : 'DATE', spec: { kind: 'calendar', year, month, day, clock: dayClock, weekday: wd } });
      } else if (weekday != null) {
        // "12:00 UTC Monday", "Sunday at 3 p.m.": one TIME on that weekday. A bare weekday is
        // left to WeekdayParser, which also reads "last"/"next".
        if (!clock || /\b(?:last|next|this|coming|past)\s/i.test(text)) continue;
        // Only a weekday written in full: "the midnight sun" is no Sunday.
        if (!FULL_WEEKDAY.test(text)) continue;
        out.push({ ...base, type: 'TIME', spec: { kind: 'calendar', weekday, clock } });
      } else if (clock) {
        out.push({ ...base, type: 'TIME', spec: { kind: 'literal', value: `T${clock}`, granularity: 'other' } });
      }
    }
    return dayFirst(out);
  },
};

const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/;

// chrono reads "3/4/2009" US-style (month first). When the same text writes a numeric date
// that only reads day-first ("25/03/2009"), and none that only reads month-first, its other
// numeric dates are day-first too; a dotted date ("03.04.2009") is day-first by convention.
function dayFirst(out: Candidate[]): Candidate[] {
  const nums = out.map((c) => NUMERIC.exec(c.text)).map((m) => (m ? { a: +m[1], sep: m[2], b: +m[3] } : null));
  const dmy = nums.some((n) => n && n.a > 12 && n.b <= 12);
  const mdy = nums.some((n) => n && n.b > 12 && n.a <= 12);
  return out.map((c, i) => {
    const n = nums[i];
    if (!n || c.spec.kind !== 'calendar' || n.a > 12 || n.b > 12 || n.a === n.b) return c;
    if (!((dmy && !mdy) || (n.sep === '.' && !mdy))) return c;
    return { ...c, spec: { ...c.spec, month: n.b, day: n.a } };
  });
}
