import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fmtDay, fmtWeek, fromDays, isoWeek, parseYmd, toDays, weekday } from './calendar.ts';

describe('calendar', () => {
  it('agrees with Date.UTC (time-zone free) on days, weekdays and round trips', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200000, max: 200000 }), (n) => {
        const d = fromDays(n);
        expect(toDays(d)).toBe(n);
        const utc = new Date(n * 86400000);
        expect([d.year, d.month, d.day]).toEqual([utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate()]);
        expect(weekday(d)).toBe(utc.getUTCDay());
      }),
    );
  });
  it('knows ISO weeks at year ends', () => {
    expect(fmtWeek({ year: 2021, month: 1, day: 1 })).toBe('2020-W53');
    expect(fmtWeek({ year: 2024, month: 12, day: 30 })).toBe('2025-W01');
    expect(isoWeek({ year: 2024, month: 2, day: 4 })).toEqual({ year: 2024, week: 5 });
  });
  it('adds days across months and leap years', () => {
    expect(fmtDay(addDays({ year: 2024, month: 2, day: 28 }, 1))).toBe('2024-02-29');
    expect(fmtDay(addDays({ year: 2023, month: 3, day: 1 }, -1))).toBe('2023-02-28');
  });
  it('parses only valid YYYY-MM-DD', () => {
    expect(parseYmd('2024-02-30')).toBeNull();
    expect(parseYmd('nope')).toBeNull();
    expect(parseYmd('2024-02-04')).toEqual({ year: 2024, month: 2, day: 4 });
  });
});
