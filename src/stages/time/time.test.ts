import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordFromText } from '../../pipeline/record.ts';
import { segmentStage } from '../segment/index.ts';
import { timeStage } from './index.ts';

function run(text: string, publishedAt: string | null = '2024-02-04') {
  let r = recordFromText(text, { publishedAt });
  r = segmentStage.run(r, segmentStage.defaults) as typeof r;
  return timeStage.run(r, timeStage.defaults) as typeof r;
}
/** [text, value] of every expression, in order. */
function times(text: string, publishedAt: string | null = '2024-02-04') {
  const r = run(text, publishedAt);
  return r.times!.map((t) => [text.slice(t.start, t.end), t.value]);
}
function one(text: string, publishedAt: string | null = '2024-02-04') {
  const r = run(text, publishedAt);
  expect(r.times).toHaveLength(1);
  const t = r.times![0];
  return { ...t, text: text.slice(t.start, t.end) };
}

// 2024-02-04 is a Sunday.
describe('calendar dates', () => {
  it('reads a month-day date with its offsets and the publication year', () => {
    const t = one('Kalın met Haniyye in Doha on Feb. 3, the ministry said.');
    expect(t).toMatchObject({ start: 29, end: 35, text: 'Feb. 3', type: 'DATE', value: '2024-02-03', anchor: 'publication', granularity: 'day' });
  });
  it('keeps a stated year and calls it explicit', () => {
    expect(one('The treaty was signed on 12 March 2003 in Rome.')).toMatchObject({ text: '12 March 2003', value: '2003-03-12', anchor: 'explicit' });
    expect(one('It began on October 9 , 2002 .')).toMatchObject({ text: 'October 9 , 2002', value: '2002-10-09' });
  });
  it('moves a past event that would fall after publication into the year before', () => {
    expect(one('The two leaders met on December 20 in Ankara.')).toMatchObject({ value: '2023-12-20' });
  });
  it('keeps a future event in the publication year or the next', () => {
    expect(one('The two leaders will meet on March 5 in Ankara.')).toMatchObject({ value: '2024-03-05' });
    expect(one('The summit will be held on January 10.', '2024-12-20')).toMatchObject({ value: '2025-01-10' });
  });
  it('gives a range its first day', () => {
    expect(one('The forum took place on 23-24 January in Davos.')).toMatchObject({ text: '23-24 January', value: '2024-01-23' });
    expect(one('Talks were held January 10-11.')).toMatchObject({ text: 'January 10-11', value: '2024-01-10' });
  });
  it('reads bare years, month-year and decades', () => {
    expect(times('He was born in 1953 and left in December 2021, as in the 1990s.')).toEqual([
      ['1953', '1953'],
      ['December 2021', '2021-12'],
      ['1990s', '199'],
    ]);
  });
  it('reads a bare month toward the past in a past-tense report', () => {
    expect(one('Sales fell in October.', '2024-02-04')).toMatchObject({ text: 'October', value: '2023-10', granularity: 'month' });
    expect(one('The deal will close in October.', '2024-02-04')).toMatchObject({ value: '2024-10' });
    expect(one('He visited Moscow in June last year.', '2024-02-04')).toMatchObject({ text: 'June last year', value: '2023-06' });
  });
  it('extends the span over early, mid and late, keeping the unit value', () => {
    expect(one('Elections are expected in mid-October.')).toMatchObject({ text: 'mid-October', value: '2024-10' });
    expect(one('The plant opened in late 2006.')).toMatchObject({ text: 'late 2006', value: '2006' });
  });
  it('reads seasons and quarters', () => {
    expect(one('Profit rose in the third quarter of 2009.')).toMatchObject({ text: 'the third quarter of 2009', value: '2009-Q3' });
    expect(one('The launch is planned for this summer.')).toMatchObject({ text: 'this summer', value: '2024-SU' });
  });
});

describe('weekdays', () => {
  it('a bare weekday in a past-tense report is the latest one on or before publication', () => {
    expect(one('Fidan on Saturday met Haniyeh.')).toMatchObject({ text: 'Saturday', value: '2024-02-03', granularity: 'day' });
    expect(one('Fidan on Sunday met Haniyeh.')).toMatchObject({ value: '2024-02-04' });
    expect(one('Fidan met Haniyeh on Monday.')).toMatchObject({ value: '2024-01-29' });
  });
  it('future cues point forward', () => {
    expect(one('Fidan will meet Haniyeh on Monday.')).toMatchObject({ value: '2024-02-05' });
    expect(one('The talks are scheduled for Thursday.')).toMatchObject({ value: '2024-02-08' });
    expect(one('He arrives next Friday.')).toMatchObject({ text: 'next Friday', value: '2024-02-09' });
    expect(one('They spoke last Friday.')).toMatchObject({ text: 'last Friday', value: '2024-02-02' });
  });
  it('a past perfect weekday is anchored to the event told before it', () => {
    const r = run('Fidan met Haniyeh on Sunday in Doha. The two had last spoken on Monday by phone.', '2024-02-07');
    const [sunday, monday] = r.times!;
    expect(sunday).toMatchObject({ value: '2024-02-04', anchor: 'publication' });
    expect(monday).toMatchObject({ value: '2024-01-29', anchor: 'event' });
  });
});

describe('relative expressions', () => {
  it('counts days from publication', () => {
    expect(times('Today he left; yesterday he arrived; tomorrow he flies; three days ago he slept.')).toEqual([
      ['Today', '2024-02-04'],
      ['yesterday', '2024-02-03'],
      ['tomorrow', '2024-02-05'],
      ['three days ago', '2024-02-01'],
    ]);
  });
  it('gives weeks as ISO weeks and months and years at their precision', () => {
    expect(times('Last week sales fell, this week they rose, next month they may fall, and last year they did.')).toEqual([
      ['Last week', '2024-W04'],
      ['this week', '2024-W05'],
      ['next month', '2024-03'],
      ['last year', '2023'],
    ]);
  });
  it('ISO weeks belong to the year of their Thursday', () => {
    expect(one('Markets fell this week.', '2021-01-01')).toMatchObject({ value: '2020-W53', granularity: 'week' });
  });
  it('the day before / the same day count from the event in context', () => {
    const r = run('The ministers met on Feb. 1 in Ankara. The day before, they had talked by phone. Earlier on the day, a bomb went off.');
    expect(r.times!.map((t) => [t.value, t.anchor])).toEqual([
      ['2024-02-01', 'publication'],
      ['2024-01-31', 'event'],
      ['2024-02-01', 'event'],
    ]);
  });
  it('the same period a year ago takes the period of the event before it', () => {
    expect(times('Sales fell in January, compared to the same month a year ago. Profit rose in the fourth quarter from the same period last year. He will quit by the end of the year.', '2009-02-03')).toEqual([
      ['January', '2009-01'],
      ['the same month a year ago', '2008-01'],
      ['the fourth quarter', '2008-Q4'],
      ['the same period last year', '2007-Q4'],
      ['the end of the year', '2009'],
    ]);
  });
  it('now and currently are present references', () => {
    expect(times('He is now in Doha and currently holds talks.')).toEqual([
      ['now', 'PRESENT_REF'],
      ['currently', 'PRESENT_REF'],
    ]);
  });
  it('unstated amounts of time are vague durations', () => {
    const r = run('They fought for years over the past week, and prices rose $5 a month.');
    expect(r.times!.map((t) => [r.text.slice(t.start, t.end), t.type, t.value])).toEqual([
      ['years', 'DURATION', 'PXY'],
      ['the past week', 'DURATION', 'P1W'],
      ['a month', 'SET', 'P1M'],
    ]);
  });
  it('durations and sets are typed apart from dates', () => {
    const r = run('The three-day visit ends a war of six years; they meet every year.');
    expect(r.times!.map((t) => [t.type, t.value])).toEqual([
      ['DURATION', 'P3D'],
      ['DURATION', 'P6Y'],
      ['SET', 'P1Y'],
    ]);
  });
});

describe('times of day and business periods', () => {
  it('a part of the day is a TIME that still names its day', () => {
    expect(one('He landed in Ankara on Sunday evening.', '2023-11-06')).toMatchObject({ text: 'Sunday evening', type: 'TIME', value: '2023-11-05TEV', granularity: 'day' });
  });
  it('a clock time takes the day of its sentence, else the day told before it (granularity other)', () => {
    const r = run('Talks began on Feb. 3 at 3 p.m. local time. A second round opened at 5 pm.');
    expect(r.times!.map((t) => [r.text.slice(t.start, t.end), t.type, t.value, t.granularity])).toEqual([
      ['Feb. 3 at 3 p.m.', 'TIME', '2024-02-03T15:00', 'day'],
      ['5 pm', 'TIME', '2024-02-03T17:00', 'other'],
    ]);
    const r2 = run('On Tuesday the talks resumed. They ended at 6 p.m. Tuesday, 18:00 UTC.');
    expect(r2.times!.map((t) => [r2.text.slice(t.start, t.end), t.value])).toEqual([
      ['Tuesday', '2024-01-30'],
      ['6 p.m. Tuesday', '2024-01-30T18:00'],
      ['18:00 UTC', '2024-01-30T18:00Z'],
    ]);
  });
  it('reads fiscal years, halves, year-earlier periods and centuries', () => {
    expect(times('Profit in fiscal 1989 fell; in the first half of 2009 it rose from the year-earlier quarter, as in the 20th century.')).toEqual([
      ['fiscal 1989', 'FY1989'],
      ['the first half of 2009', '2009-H1'],
      ['the year-earlier quarter', '2023'],
      ['the 20th century', '19'],
    ]);
  });
});

describe('no publication date', () => {
  it('leaves relative values null, keeps explicit ones, and reports once', () => {
    const r = run('On Saturday he met the emir. In 2021 they met too, and yesterday again.', null);
    expect(r.times!.map((t) => t.value)).toEqual([null, '2021', null]);
    const d = r.diagnostics.filter((x) => x.code === 'time/no-anchor');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ stage: 'time', severity: 'warning', start: 3, end: 11 });
  });
});

describe('stage contract', () => {
  it('does not touch a record marked skipNlp, and never mutates its input', () => {
    const r = recordFromText('Il est parti lundi 3 février 2024.', { publishedAt: '2024-02-04' });
    const frozen = JSON.stringify({ ...r, offsets: null });
    const out = timeStage.run({ ...r, skipNlp: 'fr' }, timeStage.defaults) as typeof r;
    expect(out.times).toEqual([]);
    const out2 = timeStage.run(r, timeStage.defaults) as typeof r;
    expect(out2).not.toBe(r);
    expect(JSON.stringify({ ...r, offsets: null })).toBe(frozen);
  });
  it('always yields sorted, non-overlapping spans inside the text, for any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.array(fc.constantFrom('on', 'Monday', 'Feb.', '3', '2024', 'last', 'week', 'the day before', 'May', ',', '.', '\n', 'will', 'met', '1/2', '$1.35', 'mid-', 'October', 'Today'), { maxLength: 30 }).map((w) => w.join(' ')),
        ),
        fc.constantFrom('2024-02-04', '2021-01-01', null),
        (text, pub) => {
          const r = run(text, pub);
          let last = 0;
          for (const t of r.times!) {
            expect(t.start).toBeGreaterThanOrEqual(last);
            expect(t.end).toBeGreaterThan(t.start);
            expect(t.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(t.start, t.end).trim()).toBe(text.slice(t.start, t.end));
            expect(['day', 'month', 'year', 'week', 'other']).toContain(t.granularity);
            if (t.value && t.granularity === 'day') expect(t.value).toMatch(/^\d{4}-\d{2}-\d{2}/);
            last = t.end;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

// Round 2: weeks of a month, and states that last "until" a day.
describe('weeks of a month and "until"', () => {
  it('reads "the last/first week of March" as the ISO week whose Thursday is in March', () => {
    // March 2009: Thursdays 5 … 26; 26 March is in W13 (23-29 March).
    expect(one('Car sales rebounded in the last week of March.', '2009-04-01')).toMatchObject({ text: 'the last week of March', value: '2009-W13', granularity: 'week' });
    expect(one('It opens in the first week of March 2009.', '2008-12-01')).toMatchObject({ value: '2009-W10' });
  });
  it('points "closed until Friday" ahead unless a simple past holds it', () => {
    // 2008-09-18 is a Thursday.
    expect(one('Russian markets to remain closed until Friday', '2008-09-18')).toMatchObject({ value: '2008-09-19' });
    expect(one('The government has continued to hold all markets closed until Friday.', '2008-09-18')).toMatchObject({ value: '2008-09-19' });
    expect(one('The markets remained closed until Friday.', '2008-09-18')).toMatchObject({ value: '2008-09-12' });
  });
});

describe('participle clauses and day-first numeric dates', () => {
  it('does not let a verb date a quarter across a comma and a participle clause', () => {
    // Published in Q3: a bare "fourth quarter" after "has announced …, resulting in" is this year's.
    expect(one('Ford has announced cuts, resulting in closures during the fourth quarter.', '2006-08-19')).toMatchObject({ value: '2006-Q4' });
    expect(one('Ford posted a loss in the fourth quarter.', '2006-08-19')).toMatchObject({ value: '2005-Q4' });
  });
  it('reads a present passive as present, not past ("before it is reported in March")', () => {
    // Published in January: a past "was reported in March" is last year's, a present passive this year's.
    expect(one('The figure may change before it is formally reported in March.', '2006-01-27')).toMatchObject({ value: '2006-03' });
    expect(one('The figure was formally reported in March.', '2006-01-27')).toMatchObject({ value: '2005-03' });
  });
  it('reads ambiguous slash dates day-first when the text writes day-first elsewhere', () => {
    expect(times('It was held on 25/03/2009 and again on 3/4/2009.', '2009-04-10')).toEqual([['25/03/2009', '2009-03-25'], ['3/4/2009', '2009-04-03']]);
    expect(times('It was signed on 3/4/2009.', '2009-04-10')).toEqual([['3/4/2009', '2009-03-04']]);
    expect(times('Held on 3/14/2009 and 3/4/2009.', '2009-04-10')).toEqual([['3/14/2009', '2009-03-14'], ['3/4/2009', '2009-03-04']]);
  });
});

describe('generic "today" and edition labels', () => {
  it("reads \"today's world\" and \"today's GM\" as the present age, \"today's meeting\" as the day", () => {
    expect(one("It is an exciting time at today's GM.")).toMatchObject({ value: 'PRESENT_REF' });
    expect(one("Children in today's world read less.")).toMatchObject({ value: 'PRESENT_REF' });
    expect(one("Today's meeting was short.")).toMatchObject({ value: '2024-02-04' });
  });
  it("drops a short year after a name (an edition label) but keeps \"in '82\"", () => {
    expect(times("Apple unveils the iLife '11 software suite.", '2010-10-23')).toEqual([]);
    expect(times("It was founded in '82.", '2010-10-23')).toEqual([["'82", '1982']]);
  });
});

describe('capitalized seasons', () => {
  it('keeps a capitalized season after a lower-case word, drops it inside a name', () => {
    expect(one('The banks held their Autumn meetings.', '2008-10-13')).toMatchObject({ text: 'Autumn', value: '2008-FA' });
    expect(times('Protests of the Arab Spring spread.', '2012-10-13')).toEqual([]);
  });
});

describe('the week a market report is about', () => {
  it('reads "best week since" and "fourth week in a row" as the publication week', () => {
    // 2009-03-13 is a Friday in 2009-W11; 2009-04-04 a Saturday in 2009-W14.
    expect(one('US stock markets have their best week since the crisis', '2009-03-13')).toMatchObject({ text: 'week', value: '2009-W11' });
    expect(one('US stocks log gains for fourth week in a row', '2009-04-04')).toMatchObject({ text: 'week', value: '2009-W14' });
    expect(times('They met for the second week.', '2009-04-04')).toEqual([]);
  });
});
