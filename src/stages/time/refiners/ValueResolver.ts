// Turns what the text said into a TIMEX3 value at the precision it was said, against the
// publication date ("yesterday", "Feb. 3", "last week") or against the event in context
// ("the day before", "had spoken on Monday"). Runs in text order, so an event-relative
// expression sees the dates resolved before it.
import {
  addDays, addMonths, daysInMonth, fmtDay, fmtMonth, fmtWeek, fmtYear, holiday, isValid, toDays, weekday, type Ymd,
} from '../calendar.ts';
import type { Candidate, Context, Refiner } from '../types.ts';
import { sentenceIndex, sentenceOf } from '../sentences.ts';

/** How many sentences back an event-relative expression may look for its event's date. */
const EVENT_LOOKBACK_SENTENCES = 3;

function latestOnOrBefore(ref: Ymd, wd: number, strict: boolean): Ymd {
  let back = (weekday(ref) - wd + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(ref, -back);
}
function earliestOnOrAfter(ref: Ymd, wd: number, strict: boolean): Ymd {
  let fwd = (wd - weekday(ref) + 7) % 7;
  if (strict && fwd === 0) fwd = 7;
  return addDays(ref, fwd);
}

type Out = Pick<Candidate, 'value' | 'anchor' | 'granularity' | 'day' | 'ym' | 'unresolved'>;

function day(d: Ymd, anchor: Candidate['anchor'], part?: string): Out {
  return { value: fmtDay(d) + (part ? `T${part}` : ''), anchor, granularity: 'day', day: d, ym: { year: d.year, month: d.month } };
}
const NO_ANCHOR: Out = { value: null, anchor: 'publication', granularity: 'other', unresolved: 'no-anchor' };

function resolveOne(ctx: Context, c: Candidate, before: Candidate[], after: Candidate[]): Out {
  const pub = ctx.published;
  const s = c.spec;
  const dir = c.direction ?? 'neutral';
  const here = sentenceIndex(ctx, c.start);
  // The event in context: the nearest earlier expression that names a day (or a year) by
  // itself. Other event-relative expressions are skipped, so "the day before … earlier on
  // the day" both count from the event, not from each other.
  const contextOf = (need: 'day' | 'year'): Candidate | undefined =>
    lastWithin(before, (b) => (b.type === 'DATE' || b.type === 'TIME') && b.spec.kind !== 'event' && b.spec.kind !== 'samePeriod' && !!(need === 'day' ? b.day : b.ym));
  // Looks back from the nearest earlier expression, and stops past the lookback window.
  function lastWithin(list: Candidate[], ok: (b: Candidate) => boolean): Candidate | undefined {
    for (let i = list.length - 1; i >= 0; i--) {
      if (here - sentenceIndex(ctx, list[i].start) > EVENT_LOOKBACK_SENTENCES) return undefined;
      if (ok(list[i])) return list[i];
    }
    return undefined;
  }

  switch (s.kind) {
    case 'literal': {
      if (s.value?.startsWith('T')) return clockDay(ctx, c, s.value, before);
      const relative = /_REF$/.test(s.value ?? '');
      return {
        value: s.value,
        anchor: s.anchor ?? (relative ? 'publication' : 'explicit'),
        granularity: s.granularity,
        unresolved: s.value == null ? 'no-anchor' : undefined,
      };
    }
    case 'anaphor': {
      // The nearest dated expression before it, at the unit named; a year or a month with
      // none falls back to publication's, a quarter or "that time" is left out (no value).
      const dated = (b: Candidate) => (b.type === 'DATE' || b.type === 'TIME') && !!b.value && /^\d{4}/.test(b.value) && b.spec.kind !== 'anaphor';
      if (s.unit === 'quarter') {
        const ev = lastWithin(before, (b) => dated(b) && /^\d{4}-Q\d$/.test(b.value!));
        return ev ? { value: ev.value, anchor: 'event', granularity: 'other', ym: ev.ym } : { value: null, anchor: 'event', granularity: 'other' };
      }
      if (s.unit === 'any') {
        const ev = lastWithin(before, dated);
        return ev ? { value: ev.value, anchor: 'event', granularity: ev.granularity, day: ev.day, ym: ev.ym } : { value: null, anchor: 'event', granularity: 'other' };
      }
      const ev = lastWithin(before, (b) => dated(b) && !!b.ym && (s.unit === 'year' || b.ym.month != null));
      if (ev?.ym) {
        if (s.unit === 'year') return { value: fmtYear(ev.ym.year), anchor: 'event', granularity: 'year', ym: { year: ev.ym.year } };
        return { value: fmtMonth(ev.ym.year, ev.ym.month!), anchor: 'event', granularity: 'month', ym: ev.ym };
      }
      if (!pub) return { ...NO_ANCHOR, granularity: s.unit };
      if (s.unit === 'year') return { value: fmtYear(pub.year), anchor: 'publication', granularity: 'year', ym: { year: pub.year } };
      return { value: fmtMonth(pub.year, pub.month), anchor: 'publication', granularity: 'month', ym: { year: pub.year, month: pub.month } };
    }
    case 'streakDay': {
      const own = sentenceOf(ctx, c.start);
      const inSentence = after.find((b) => b.day && b.type !== 'DURATION' && b.type !== 'SET' && b.start >= own.start && b.end <= own.end);
      if (inSentence?.day) return day(inSentence.day, 'event');
      if (!pub) return { ...NO_ANCHOR, granularity: 'day' };
      return day(pub, 'publication');
    }
    case 'monthWeek': {
      // The month first (its year as for "in March"), then the week: a week belongs to the
      // month that holds its Thursday, so "the last week of March 2009" is 23-29 March (W13).
      const m = resolveOne(ctx, { ...c, spec: { kind: 'calendar', month: s.month, year: s.year, yearOffset: s.yearOffset } }, before, after);
      if (!m.ym?.month) return { ...m, granularity: 'week' };
      const { year, month } = m.ym as { year: number; month: number };
      const firstThu = earliestOnOrAfter({ year, month, day: 1 }, 4, false);
      const lastThu = latestOnOrBefore({ year, month, day: daysInMonth(year, month) }, 4, false);
      const thu = s.nth > 0 ? addDays(firstThu, 7 * (s.nth - 1)) : lastThu;
      if (thu.month !== month) return { value: null, anchor: m.anchor, granularity: 'week', unresolved: 'invalid' };
      return { value: fmtWeek(thu), anchor: m.anchor, granularity: 'week', ym: { year, month } };
    }
    case 'holiday': {
      if (s.year != null) {
        const d = holiday(s.rule, s.year);
        return d ? day(d, 'explicit') : { value: null, anchor: 'explicit', granularity: 'day', unresolved: 'invalid' };
      }
      if (!pub) return { ...NO_ANCHOR, granularity: 'day' };
      const at = (y: number) => holiday(s.rule, y);
      const diff = (y: number) => toDays(at(y)!) - toDays(pub);
      if (!at(pub.year)) return { value: null, anchor: 'publication', granularity: 'day', unresolved: 'invalid' };
      let y = pub.year;
      // "last Christmas" the latest before publication, "next Christmas" the first after it;
      // bare, as a month-day without a year.
      if (s.shift === -1) y = diff(y) < 0 ? y : y - 1;
      else if (s.shift === 1) y = diff(y) > 0 ? y : y + 1;
      else if (s.shift == null) {
        if (dir === 'past' && diff(y) > 0) y--;
        else if (dir === 'future' && diff(y) < -30) y++;
        else if (dir === 'neutral' && diff(y) > 90) y--;
      }
      return day(at(y)!, 'publication');
    }
    case 'decade':
      return { value: String(s.decade).padStart(3, '0'), anchor: 'explicit', granularity: 'other' };
    case 'calendar': {
      if (s.year != null && s.month != null && s.day != null) {
        const d = { year: s.year, month: s.month, day: s.day };
        if (!isValid(d)) return { value: null, anchor: 'explicit', granularity: 'day', unresolved: 'invalid' };
        return day(d, 'explicit', s.clock ?? s.part);
      }
      if (s.year != null && s.month != null) return { value: fmtMonth(s.year, s.month), anchor: 'explicit', granularity: 'month', ym: { year: s.year, month: s.month } };
      if (s.year != null && s.day == null) return { value: fmtYear(s.year), anchor: 'explicit', granularity: 'year', ym: { year: s.year } };
      if (s.month != null && s.day != null) {
        if (!pub) {
          // A year stated earlier in the text is not invented: "On 12 March 2003 … on March 20".
          const ctxYear = contextOf('year')?.ym?.year;
          if (ctxYear == null) return { ...NO_ANCHOR, granularity: 'day' };
          const d = { year: ctxYear, month: s.month, day: s.day };
          return isValid(d) ? day(d, 'event', s.clock ?? s.part) : { value: null, anchor: 'event', granularity: 'day', unresolved: 'invalid' };
        }
        let y = pub.year;
        const diff = (yy: number) => toDays({ year: yy, month: s.month!, day: Math.min(s.day!, 28) }) - toDays(pub);
        if (dir === 'past' && diff(y) > 0) y--;
        else if (dir === 'future' && diff(y) < -30) y++;
        else if (dir === 'neutral' && diff(y) > 90) y--;
        // "Monday, Oct. 5": the stated weekday overrides tense, in the nearest year it fits.
        if (s.weekday != null) {
          const fit = [y, y - 1, y + 1]
            .filter((yy) => isValid({ year: yy, month: s.month!, day: s.day! }) && weekday({ year: yy, month: s.month!, day: s.day! }) === s.weekday)
            .sort((a, b) => Math.abs(diff(a)) - Math.abs(diff(b)))[0];
          if (fit != null && fit !== y && weekday({ year: y, month: s.month, day: s.day }) !== s.weekday) y = fit;
        }
        const d = { year: y, month: s.month, day: s.day };
        if (!isValid(d)) return { value: null, anchor: 'publication', granularity: 'day', unresolved: 'invalid' };
        return day(d, 'publication', s.clock ?? s.part);
      }
      if (s.month != null) {
        if (!pub) return { ...NO_ANCHOR, granularity: 'month' };
        let y = pub.year;
        if (s.yearOffset != null) y = pub.year + s.yearOffset;
        else if (s.weekdayShift === -1) y = s.month < pub.month ? pub.year : pub.year - 1;
        else if (s.weekdayShift === 1) y = s.month > pub.month ? pub.year : pub.year + 1;
        else if (s.weekdayShift === 0) y = pub.year;
        else if (dir === 'past' && s.month > pub.month) y--;
        else if (dir === 'future' && s.month < pub.month - 1) y++;
        else if (dir === 'neutral' && s.month > pub.month + 3) y--;
        return { value: fmtMonth(y, s.month), anchor: 'publication', granularity: 'month', ym: { year: y, month: s.month } };
      }
      if (s.weekday != null) {
        // "had last spoken on Monday" before a Sunday meeting: the Monday before that Sunday.
        if (c.pastPerfect && s.weekdayShift == null) {
          const ev = contextOf('day');
          if (ev?.day && (!pub || toDays(ev.day) <= toDays(pub))) return day(latestOnOrBefore(ev.day, s.weekday, true), 'event', s.clock ?? s.part);
        }
        if (!pub) return { ...NO_ANCHOR, granularity: 'day' };
        let d: Ymd;
        if (s.weekdayShift === -1) d = latestOnOrBefore(pub, s.weekday, true);
        else if (s.weekdayShift === 1) d = earliestOnOrAfter(pub, s.weekday, true);
        else if (dir === 'future') d = earliestOnOrAfter(pub, s.weekday, false);
        else d = latestOnOrBefore(pub, s.weekday, false);
        return day(d, 'publication', s.clock ?? s.part);
      }
      return { value: null, anchor: 'publication', granularity: 'other', unresolved: 'invalid' };
    }
    case 'offset': {
      if (!pub) return { ...NO_ANCHOR, granularity: s.unit === 'day' ? 'day' : s.unit === 'week' || s.unit === 'weekend' ? 'week' : s.unit === 'month' ? 'month' : s.unit === 'year' ? 'year' : 'other' };
      switch (s.unit) {
        case 'day':
          return day(addDays(pub, s.n), 'publication', s.clock ?? s.part);
        case 'week':
          return { value: fmtWeek(addDays(pub, 7 * s.n)), anchor: 'publication', granularity: 'week', ym: { year: addDays(pub, 7 * s.n).year } };
        case 'weekend':
          return { value: `${fmtWeek(addDays(pub, 7 * s.n))}-WE`, anchor: 'publication', granularity: 'week' };
        case 'month': {
          const m = addMonths(pub.year, pub.month, s.n);
          return { value: fmtMonth(m.year, m.month), anchor: 'publication', granularity: 'month', ym: m };
        }
        case 'quarter': {
          const q = Math.floor((pub.month - 1) / 3) + s.n;
          const y = pub.year + Math.floor(q / 4);
          return { value: `${fmtYear(y)}-Q${(((q % 4) + 4) % 4) + 1}`, anchor: 'publication', granularity: 'other', ym: { year: y } };
        }
        case 'year':
          return { value: fmtYear(pub.year + s.n), anchor: 'publication', granularity: 'year', ym: { year: pub.year + s.n } };
        case 'decade':
          return { value: String(Math.floor(pub.year / 10) + s.n).padStart(3, '0'), anchor: 'publication', granularity: 'other' };
      }
      break;
    }
    case 'event': {
      const unit = s.unit ?? 'day';
      const ev = contextOf(unit === 'day' || unit === 'week' ? 'day' : 'year');
      if (!ev && s.needsContext) return { value: null, anchor: 'event', granularity: unit };
      const anchorDay = ev?.day ?? pub;
      const anchor = ev ? 'event' : 'publication';
      if (unit === 'year' || unit === 'month') {
        const ym = ev?.ym ?? (pub ? { year: pub.year, month: pub.month } : null);
        if (!ym) return { ...NO_ANCHOR, granularity: unit };
        if (unit === 'year') return { value: fmtYear(ym.year + s.n), anchor, granularity: 'year', ym: { year: ym.year + s.n } };
        if (ym.month == null) return { ...NO_ANCHOR, granularity: 'month' };
        const m = addMonths(ym.year, ym.month, s.n);
        return { value: fmtMonth(m.year, m.month), anchor, granularity: 'month', ym: m };
      }
      if (!anchorDay) return { ...NO_ANCHOR, granularity: unit === 'week' ? 'week' : 'day' };
      if (unit === 'week') return { value: fmtWeek(addDays(anchorDay, 7 * s.n)), anchor, granularity: 'week' };
      return day(addDays(anchorDay, s.n), anchor, s.part);
    }
    case 'samePeriod': {
      // The period of the nearest dated expression before it, moved by whole years.
      // The context must be as fine as the unit named: a month needs a month or a day, a
      // quarter a quarter; "the same period" takes any period but a single day.
      const fits: Record<string, RegExp> = { month: /^\d{4}-\d{2}/, quarter: /^\d{4}-Q\d$/, week: /^\d{4}-W\d{2}$/, day: /^\d{4}-\d{2}-\d{2}/, period: /^\d{4}(?:-(?:Q\d|H\d|\d{2}|W\d{2}|SP|SU|FA|WI))?$/ };
      const ev = lastWithin(before, (b) => b.type === 'DATE' && b.spec.kind !== 'event' && b.spec.kind !== 'samePeriod' && fits[s.unit].test(b.value ?? ''));
      if (ev?.value) {
        const y = +ev.value.slice(0, 4) + s.years;
        const rest = s.unit === 'month' ? ev.value.slice(4, 7) : ev.value.slice(4).replace(/T.*$/, '');
        const value = fmtYear(y) + rest;
        const dm = /^-(\d{2})-(\d{2})$/.exec(ev.value.slice(4, 10));
        if (dm && !isValid({ year: y, month: +dm[1], day: +dm[2] })) return { value: null, anchor: 'event', granularity: 'day', unresolved: 'invalid' };
        return { value, anchor: 'event', granularity: s.unit === 'month' ? 'month' : ev.granularity, ym: { year: y } };
      }
      if (!pub) return { ...NO_ANCHOR, granularity: 'year' };
      return { value: fmtYear(pub.year + s.years), anchor: 'publication', granularity: 'year', ym: { year: pub.year + s.years } };
    }
    case 'weekend': {
      if (!pub) return { ...NO_ANCHOR, granularity: 'week' };
      // The weekend is named after its Saturday (the ISO week that holds it).
      let sat: Ymd;
      if (s.shift === -1 || (s.shift == null && dir !== 'future') || (s.shift === 0 && dir === 'past')) sat = latestOnOrBefore(weekday(pub) === 0 ? addDays(pub, -1) : pub, 6, false);
      else if (s.shift === 1) sat = earliestOnOrAfter(addDays(pub, 1), 6, true);
      else sat = earliestOnOrAfter(weekday(pub) === 0 ? addDays(pub, -1) : pub, 6, false);
      return { value: `${fmtWeek(sat)}-WE`, anchor: 'publication', granularity: 'week' };
    }
    case 'quarter': {
      let y = s.year;
      if (y == null) {
        if (!pub) return { ...NO_ANCHOR };
        y = pub.year + (s.yearOffset ?? 0);
        const current = Math.floor((pub.month - 1) / 3) + 1;
        if (s.yearOffset == null && dir === 'past' && s.quarter > current) y--;
      }
      return { value: `${fmtYear(y)}-Q${s.quarter}`, anchor: s.year != null ? 'explicit' : 'publication', granularity: 'other', ym: { year: y } };
    }
    case 'season': {
      let y = s.year;
      if (y == null) {
        if (!pub) return { ...NO_ANCHOR };
        y = pub.year + (s.yearOffset ?? 0);
      }
      return { value: `${fmtYear(y)}-${s.season}`, anchor: s.year != null ? 'explicit' : 'publication', granularity: 'other', ym: { year: y } };
    }
  }
  return { value: null, anchor: 'publication', granularity: 'other', unresolved: 'invalid' };
}

/**
 * A clock or a bare part of the day ("at 3 p.m.", "in the morning") on the day in context, as
 * TIMEX3 does: the day its sentence names, else the last day told in the sentences before it
 * (the story's reference time), else the publication day. Only a day named in its own sentence
 * gives granularity 'day': otherwise the text states no day, and an event is not dated from it
 * (OUTPUT.md: never the publication date by default).
 */
function clockDay(ctx: Context, c: Candidate, code: string, dated: Candidate[]): Out {
  const namesDay = (b: Candidate) => (b.type === 'DATE' || b.type === 'TIME') && b.granularity === 'day';
  const own = sentenceOf(ctx, c.start);
  const dist = (b: Candidate) => (b.end <= c.start ? c.start - b.end : b.start - c.end);
  const inSentence = dated.filter((b) => namesDay(b) && b.start >= own.start && b.end <= own.end).sort((a, b) => dist(a) - dist(b))[0];
  const here = sentenceIndex(ctx, c.start);
  let told: Candidate | undefined;
  for (let i = dated.length - 1; !inSentence && i >= 0; i--) {
    const b = dated[i];
    if (b.end > own.start) continue;
    if (here - sentenceIndex(ctx, b.start) > EVENT_LOOKBACK_SENTENCES) break;
    if (namesDay(b)) {
      told = b;
      break;
    }
  }
  const ref = inSentence ?? told;
  // A day is named but has no value itself (a weekday with no publication date): neither has the clock.
  if (ref && !ref.day) return { ...NO_ANCHOR, granularity: ref === inSentence ? 'day' : 'other' };
  if (ref?.day) return { value: fmtDay(ref.day) + code, anchor: 'event', granularity: ref === inSentence ? 'day' : 'other', day: ref.day };
  if (!ctx.published) return { ...NO_ANCHOR };
  return { value: fmtDay(ctx.published) + code, anchor: 'publication', granularity: 'other', day: ctx.published };
}

export const ValueResolver: Refiner = {
  name: 'ValueResolver',
  refine(ctx: Context, candidates: Candidate[]): Candidate[] {
    // Clock times and streak days look at the days around them, so they are resolved after the others.
    const clock = (c: Candidate) => (c.spec.kind === 'literal' && !!c.spec.value?.startsWith('T')) || c.spec.kind === 'streakDay';
    const dated: Candidate[] = [];
    const done = candidates.map((c) => {
      if (clock(c)) return c;
      const r = { ...c, ...resolveOne(ctx, c, dated, []) };
      dated.push(r);
      return r;
    });
    return done
      .map((c) => {
        if (!clock(c)) return c;
        if (c.spec.kind === 'literal') return { ...c, ...resolveOne(ctx, c, dated, []) };
        const own = sentenceOf(ctx, c.start);
        return { ...c, ...resolveOne(ctx, c, [], dated.filter((d) => d.end > own.start && d.start < own.end)) };
      })
      // A reference with nothing before it to refer to is not reported ("by that time" alone).
      .filter((c) => !(c.spec.kind === 'anaphor' && c.value == null && c.unresolved !== 'no-anchor'));
  },
};
