// Round 3: clocks joined to their day, weekday-checked years, "N years later", holidays,
// streaks, durations with a word before the unit, and periods named by reference.
import { describe, expect, it } from 'vitest';
import { recordFromText } from '../../pipeline/record.ts';
import { segmentStage } from '../segment/index.ts';
import { timeStage } from './index.ts';

function run(text: string, publishedAt: string | null) {
  let r = recordFromText(text, { publishedAt });
  r = segmentStage.run(r, segmentStage.defaults) as typeof r;
  return timeStage.run(r, timeStage.defaults) as typeof r;
}
/** [text, type, value] of every expression, in order. */
function times(text: string, publishedAt: string | null = '2024-02-04') {
  const r = run(text, publishedAt);
  return r.times!.map((t) => [text.slice(t.start, t.end), t.type, t.value]);
}

// 2024-02-04 is a Sunday.
describe('clock times and their day', () => {
  it('joins a clock to "today" / "yesterday" in one TIME', () => {
    expect(times('The speech began at 16:00 UTC today.')).toEqual([['16:00 UTC today', 'TIME', '2024-02-04T16:00Z']]);
    expect(times('Power failed at 9 p.m. yesterday in the north.')).toEqual([['9 p.m. yesterday', 'TIME', '2024-02-03T21:00']]);
  });
  it('joins a clock to the date after it, unless a comma sets the date apart', () => {
    expect(times('The hearing opens at 9:30 a.m. on Feb. 6.')).toEqual([['9:30 a.m. on Feb. 6', 'TIME', '2024-02-06T09:30']]);
    expect(times('They spoke at 16:15 UTC, Feb. 1, in Rome.')).toEqual([
      ['16:15 UTC', 'TIME', '2024-02-01T16:15Z'],
      ['Feb. 1', 'DATE', '2024-02-01'],
    ]);
  });
  it('reads noon and midnight as clock times, not a "midnight sun" as a Sunday', () => {
    expect(times('The vote will be held at noon Friday.')).toEqual([['noon Friday', 'TIME', '2024-02-09T12:00']]);
    expect(times('The ceasefire began at midnight.')).toEqual([['midnight', 'TIME', '2024-02-04T00:00']]);
    expect(times('The midnight sun shone over the fjord.')).toEqual([]);
  });
  it('reads four-digit wire clocks with a zone after a preposition', () => {
    expect(times('Trading resumed at 0800 GMT on Monday.')).toEqual([
      ['0800 GMT', 'TIME', '2024-01-29T08:00Z'],
      ['Monday', 'DATE', '2024-01-29'],
    ]);
    expect(times('Some 2000 GMT shares changed hands.')).toEqual([]);
  });
});

describe('a weekday with a month-day', () => {
  it('takes the year in which the weekday fits', () => {
    // Four months after publication: without the weekday, the year before; 2024-06-04 is a Tuesday.
    expect(times('The summit, on Tuesday, June 4, is the first of its kind.')).toEqual([['Tuesday, June 4', 'DATE', '2024-06-04']]);
    expect(times('The summit, on Sunday, June 4, is the first of its kind.')).toEqual([['Sunday, June 4', 'DATE', '2023-06-04']]);
  });
});

describe('years and months later', () => {
  it('counts from the year or month told before it', () => {
    expect(times('He was elected in 1992 and re-elected four years later.')).toEqual([
      ['1992', 'DATE', '1992'],
      ['four years later', 'DATE', '1996'],
    ]);
    expect(times('The plant opened in March 2003. Three months later it closed.')).toEqual([
      ['March 2003', 'DATE', '2003-03'],
      ['Three months later', 'DATE', '2003-06'],
    ]);
  });
  it('has no value with nothing dated before it', () => {
    expect(times('Two years later, the town is quiet.')).toEqual([['Two years later', 'DATE', null]]);
  });
});

describe('holidays', () => {
  it('resolves fixed, weekday-of-month and Easter holidays like a month-day', () => {
    expect(times('Troops entered the city on Christmas Eve.')).toEqual([['Christmas Eve', 'DATE', '2023-12-24']]);
    expect(times("The shops will reopen after New Year's Day.", '2024-12-20')).toEqual([["New Year's Day", 'DATE', '2025-01-01']]);
    expect(times('Families gathered on Thanksgiving Day.')).toEqual([['Thanksgiving Day', 'DATE', '2023-11-23']]);
    expect(times('The markets were closed on Good Friday.', '2024-04-10')).toEqual([['Good Friday', 'DATE', '2024-03-29']]);
    expect(times('They married last Christmas.')).toEqual([['last Christmas', 'DATE', '2023-12-25']]);
    expect(times('The wave struck on Christmas Day 2004.')).toEqual([['Christmas Day 2004', 'DATE', '2004-12-25']]);
  });
  it('leaves seasons, names and other calendars alone', () => {
    expect(times('Retailers reported strong Christmas sales.')).toEqual([]);
    expect(times('He decorated a Christmas tree.')).toEqual([]);
    expect(times('The Good Friday Agreement still holds.')).toEqual([]);
    expect(times('Orthodox Christmas falls on Jan. 7.')).toEqual([['Jan. 7', 'DATE', '2024-01-07']]);
  });
  it('does not count "the day after Thanksgiving" from the event in context', () => {
    expect(times('Sales began on Jan. 5. Stores opened the day after Thanksgiving.')).toEqual([
      ['Jan. 5', 'DATE', '2024-01-05'],
      ['Thanksgiving', 'DATE', '2023-11-23'],
    ]);
    expect(times('They met on Jan. 5, the day before the vote.')).toEqual([['Jan. 5', 'DATE', '2024-01-05']]);
  });
});

describe('streaks and durations', () => {
  it('dates a streak day by its sentence, else by publication', () => {
    expect(times('Trading was suspended for a second consecutive day.', '2024-02-02')).toEqual([['a second consecutive day', 'DATE', '2024-02-02']]);
    expect(times('The index fell for the third straight day on Tuesday.')).toEqual([
      ['the third straight day', 'DATE', '2024-01-30'],
      ['Tuesday', 'DATE', '2024-01-30'],
    ]);
    expect(times('He spent his second day in Paris.')).toEqual([]);
  });
  it('reads a word between the number and the unit, quarters and halves', () => {
    expect(times('The dollar rose after six straight days of losses.')).toEqual([['six straight days', 'DURATION', 'P6D']]);
    expect(times('It posted two consecutive quarters of growth.')).toEqual([['two consecutive quarters', 'DURATION', 'P2Q']]);
    expect(times('For the past five trading days, stocks fell.')).toEqual([['the past five trading days', 'DURATION', 'P5D']]);
    expect(times('The jet is two and a half years late.')).toEqual([['two and a half years', 'DURATION', 'P2.5Y']]);
    expect(times('He won three quarters of the vote.')).toEqual([]);
  });
});

describe('periods named by reference', () => {
  it('"for the quarter" is the quarter told before, and needs one', () => {
    expect(times('Third-quarter profit rose. For the quarter, revenue was flat.', '2009-10-20')).toEqual([
      ['Third-quarter', 'DATE', '2009-Q3'],
      ['the quarter', 'DATE', '2009-Q3'],
    ]);
    expect(times('For the quarter, revenue was flat.', '2009-10-20')).toEqual([]);
  });
  it('"for the year" / "earlier in the year" is the year in context, else publication\'s', () => {
    expect(times('In 1996 sales rose. For the year, profit doubled.')).toEqual([
      ['1996', 'DATE', '1996'],
      ['the year', 'DATE', '1996'],
    ]);
    expect(times('The firm cut jobs earlier in the year.')).toEqual([['earlier in the year', 'DATE', '2024']]);
    expect(times('He was named person of the year.')).toEqual([]);
    expect(times('The year was hard.')).toEqual([]);
    expect(times('In the year 2000, computers failed.')).toEqual([['2000', 'DATE', '2000']]);
  });
  it('"the year-earlier quarter" is the quarter in context, a year back', () => {
    expect(times('Third-quarter profit rose 5% from the year-earlier quarter.', '2009-10-20')).toEqual([
      ['Third-quarter', 'DATE', '2009-Q3'],
      ['the year-earlier quarter', 'DATE', '2008-Q3'],
    ]);
    expect(times('Sales were above the year-earlier level.', '2009-10-20')).toEqual([['the year-earlier', 'DATE', '2008']]);
  });
  it('"that day" / "the same day" need a day told before them', () => {
    expect(times('Fighting began on Monday. That day, 20 people died.')).toEqual([
      ['Monday', 'DATE', '2024-01-29'],
      ['That day', 'DATE', '2024-01-29'],
    ]);
    expect(times('He said that day has come.')).toEqual([['that day', 'DATE', null]]);
  });
  it('"by that time" is the date before it', () => {
    expect(times('The deal must close by June 10. If no price is agreed by that time, talks end.')).toEqual([
      ['June 10', 'DATE', '2024-06-10'],
      ['that time', 'DATE', '2024-06-10'],
    ]);
    expect(times('By that time, he was gone.')).toEqual([]);
  });
  it('"the latest quarter" and a bare "the last quarter" are the quarter before publication\'s', () => {
    expect(times('Sales fell in the latest quarter.')).toEqual([['the latest quarter', 'DATE', '2023-Q4']]);
    expect(times('Profit rose in the last quarter.', '2024-08-10')).toEqual([['the last quarter', 'DATE', '2024-Q2']]);
    expect(times('Profit rose in the last quarter of 2008.', '2024-08-10')).toEqual([['the last quarter of 2008', 'DATE', '2008-Q4']]);
  });
});

describe('a part of a named day', () => {
  it('"the morning of Feb. 3" is one TIME on that day', () => {
    expect(times('The meeting took place on the morning of Feb. 3.')).toEqual([['the morning of Feb. 3', 'TIME', '2024-02-03TMO']]);
    expect(times('He died on the night of 14 January.')).toEqual([['the night of 14 January', 'TIME', '2024-01-14TNI']]);
  });
});

describe('a day that names well-known attacks', () => {
  it('is the day of the attacks, not that day last year', () => {
    expect(times('Markets fell after the September 11th terrorist attacks.', '2007-02-27')).toEqual([['September 11th', 'DATE', '2001-09-11']]);
    expect(times('The attacks of Sept. 11 changed the world.', '2007-02-27')).toEqual([['Sept. 11', 'DATE', '2001-09-11']]);
    expect(times('Security was tightened after 9/11.', '2007-02-27')).toEqual([['9/11', 'DATE', '2001-09-11']]);
  });
  it('leaves a plain September 11 and a fraction alone', () => {
    expect(times('The two met on September 11 in Rome.', '2007-02-27')).toEqual([['September 11', 'DATE', '2006-09-11']]);
    expect(times('He ate 9/11 of the pie.', '2007-02-27')).toEqual([]);
  });
});

describe('the simple present of a scheduled event', () => {
  // 2013-03-22 is a Friday.
  it('points a weekday or a month-day ahead in a body sentence', () => {
    expect(times('The summit begins Monday in Brussels.', '2013-03-22')).toEqual([['Monday', 'DATE', '2013-03-25']]);
    expect(times('The new law takes effect Jan. 1.', '2013-03-22')).toEqual([['Jan. 1', 'DATE', '2014-01-01']]);
    expect(times('The summit begins Monday, officials said.', '2013-03-22')).toEqual([['Monday', 'DATE', '2013-03-25']]);
  });
  it('not in a headline, after a determiner, or against a past verb nearer the date', () => {
    expect(times('Stock markets tumble on Monday', '2013-03-22')).toEqual([['Monday', 'DATE', '2013-03-18']]);
    expect(times('His visits on Monday were short.', '2013-03-22')).toEqual([['Monday', 'DATE', '2013-03-18']]);
    expect(times('The firm said Monday it begins production soon.', '2013-03-22')).toEqual([
      ['Monday', 'DATE', '2013-03-18'],
      ['soon', 'DATE', 'FUTURE_REF'],
    ]);
  });
});
