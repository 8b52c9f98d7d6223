// Calendar arithmetic on plain numbers. Nothing here builds a Date: a Date's day depends on
// the machine's time zone, and TIMEX3 values must not (tests run under Pacific/Kiritimati).

export interface Ymd {
  year: number;
  month: number; // 1-12
  day: number;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function toDays(d: Ymd): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (d.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDays(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(d: Ymd, n: number): Ymd {
  return fromDays(toDays(d) + n);
}

/** 0 = Sunday … 6 = Saturday (chrono's numbering). */
export function weekday(d: Ymd): number {
  return (((toDays(d) + 4) % 7) + 7) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return toDays(month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 }) - toDays({ year, month, day: 1 });
}

export function isValid(d: Ymd): boolean {
  return Number.isInteger(d.year) && d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

/** ISO 8601 week: the week belongs to the year of its Thursday. */
export function isoWeek(d: Ymd): { year: number; week: number } {
  const n = toDays(d);
  const dow = (weekday(d) + 6) % 7; // Monday = 0
  const thursday = fromDays(n - dow + 3);
  const jan1 = toDays({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((n - dow + 3 - jan1) / 7) + 1 };
}

export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const i = year * 12 + (month - 1) + n;
  return { year: Math.floor(i / 12), month: (((i % 12) + 12) % 12) + 1 };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function fmtDay(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}
export function fmtMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}
export function fmtYear(year: number): string {
  return pad(year, 4);
}
export function fmtWeek(d: Ymd): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/** Parses `YYYY-MM-DD` (the publication date); null for anything else. */
export function parseYmd(s: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
  if (!m) return null;
  const d = { year: +m[1], month: +m[2], day: +m[3] };
  return isValid(d) ? d : null;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easter(year: number): Ymd {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The nth weekday (0 = Sunday) of a month; n = -1 is the last one. */
export function nthWeekday(year: number, month: number, wd: number, n: number): Ymd {
  if (n < 0) {
    const last = { year, month, day: daysInMonth(year, month) };
    return addDays(last, -((weekday(last) - wd + 7) % 7));
  }
  const first = { year, month, day: 1 };
  return addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (n - 1));
}

/** A holiday's day in a year, from its lexicon rule: "12-25", "nth:11:4:4", "easter:-2". */
export function holiday(rule: string, year: number): Ymd | null {
  const fixed = /^(\d{2})-(\d{2})$/.exec(rule);
  if (fixed) return { year, month: +fixed[1], day: +fixed[2] };
  const nth = /^nth:(\d+):(\d):(-?\d)$/.exec(rule);
  if (nth) return nthWeekday(year, +nth[1], +nth[2], +nth[3]);
  const e = /^easter:(-?\d+)$/.exec(rule);
  if (e) return addDays(easter(year), +e[1]);
  return null;
}
