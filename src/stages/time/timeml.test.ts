// TimeML conventions for recurring times (SET) and stretches of unstated length (DURATION),
// as TimeBank annotates them. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { recordFromText } from '../../pipeline/record.ts';
import { segmentStage } from '../segment/index.ts';
import { timeStage } from './index.ts';

/** [text, type, value] of every expression, in order. */
function times(text: string, publishedAt: string | null = '2024-02-07') {
  let r = recordFromText(text, { publishedAt });
  r = segmentStage.run(r, segmentStage.defaults) as typeof r;
  r = timeStage.run(r, timeStage.defaults) as typeof r;
  return r.times!.map((t) => [text.slice(t.start, t.end), t.type, t.value]);
}

describe('sets', () => {
  it('"every Monday", "each Friday evening", "every March", "every winter" name the recurring day, month or season', () => {
    expect(times('The cabinet meets every Monday.')).toEqual([['every Monday', 'SET', 'XXXX-WXX-1']]);
    expect(times('Protesters gathered each Friday evening.')).toEqual([['each Friday evening', 'SET', 'XXXX-WXX-5TEV']]);
    expect(times('Rents are raised every March.')).toEqual([['every March', 'SET', 'XXXX-03']]);
    expect(times('The pass closes every winter.')).toEqual([['every winter', 'SET', 'XXXX-WI']]);
  });
  it('"every four years", "every few months" give the period', () => {
    expect(times('The games are held every four years.')).toEqual([['every four years', 'SET', 'P4Y']]);
    expect(times('Prices change every few months.')).toEqual([['every few months', 'SET', 'PXM']]);
    expect(times('Trains leave every 20 minutes.')).toEqual([['every 20 minutes', 'SET', 'PT20M']]);
  });
  it('a habitual weekday is no single day', () => {
    expect(times('The envoys met each Tuesday.').map((t) => t[1])).toEqual(['SET']);
  });
  it('is not "every one of them", nor the verb "may"', () => {
    expect(times('Every one of them agreed, and each may leave.')).toEqual([]);
  });
});

describe('durations of unstated length', () => {
  it('"over the years", "in just minutes", "within hours", "for years": the unit, without the preposition', () => {
    expect(times('The firm grew over the years.')).toEqual([['the years', 'DURATION', 'PXY']]);
    expect(times('The index lost 3% in just minutes.')).toEqual([['minutes', 'DURATION', 'PTXM']]);
    expect(times('Rebels took the town within hours.')).toEqual([['hours', 'DURATION', 'PTXH']]);
  });
  it('"recent years" and "the coming weeks" are DURATIONs (TimeBank), "recent times" a past reference', () => {
    expect(times('In recent years the town shrank.')).toEqual([['recent years', 'DURATION', 'PXY']]);
    expect(times('A decision is due in the coming weeks.')).toEqual([['the coming weeks', 'DURATION', 'PXW']]);
    expect(times('In recent times the town shrank.')).toEqual([['In recent times', 'DATE', 'PAST_REF']]);
    expect(times('It was the most recent years of growth.')).toEqual([]);
  });
  it('"a decades-long feud" has no number; "a years-long" is not one year', () => {
    expect(times('They ended a decades-long feud.')).toEqual([['decades-long', 'DURATION', 'PXDE']]);
    expect(times('It was a years-long fight.')).toEqual([['years-long', 'DURATION', 'PXY']]);
  });
  it('"single-day" is one day; "a day after the vote" the stretch between two events', () => {
    expect(times('It was the worst single-day fall.')).toEqual([['single-day', 'DURATION', 'P1D']]);
    expect(times('The strike came a day after the vote.')).toEqual([['a day', 'DURATION', 'P1D']]);
    expect(times('One day he will return, and a day is long.')).toEqual([]);
  });
  it('"two hours later" tags the stretch (no clock to count from); "three years later" stays a date', () => {
    expect(times('Two hours later, the ship sank.')).toEqual([['Two hours', 'DURATION', 'PT2H']]);
    expect(times('He was elected in 2008 and ousted three years later.')).toEqual([
      ['2008', 'DATE', '2008'],
      ['three years later', 'DATE', '2011'],
    ]);
  });
  it('"between 60 and 90 days", "two or three weeks": the first number shares the unit', () => {
    expect(times('The review takes between 60 and 90 days.')).toEqual([
      ['60', 'DURATION', 'P60D'],
      ['90 days', 'DURATION', 'P90D'],
    ]);
    expect(times('It lasts two or three weeks.')).toEqual([
      ['two', 'DURATION', 'P2W'],
      ['three weeks', 'DURATION', 'P3W'],
    ]);
    expect(times('Between 3 and 4 percent fell in 2 years.')).toEqual([['2 years', 'DURATION', 'P2Y']]);
  });
});

describe('fiscal years', () => {
  it('"the 1997 fiscal year" is fiscal 1997', () => {
    expect(times('Sales fell in the 1997 fiscal year.')).toEqual([['the 1997 fiscal year', 'DATE', 'FY1997']]);
    expect(times('Its 2023 financial year ended well.')).toEqual([['2023 financial year', 'DATE', 'FY2023']]);
  });
});
