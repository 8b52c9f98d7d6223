// Clock times and parts of the day on the day in context (TIMEX3): the day their sentence
// names, else the day told just before, else the publication day; none known, no value.
import { describe, expect, it } from 'vitest';
import { recordFromText } from '../../pipeline/record.ts';
import { segmentStage } from '../segment/index.ts';
import { timeStage } from './index.ts';

function run(text: string, publishedAt: string | null) {
  let r = recordFromText(text, { publishedAt });
  r = segmentStage.run(r, segmentStage.defaults) as typeof r;
  return timeStage.run(r, timeStage.defaults) as typeof r;
}
/** [text, type, value, anchor, granularity] of every expression, in order. */
function times(text: string, publishedAt: string | null = '2024-02-07') {
  const r = run(text, publishedAt);
  return r.times!.map((t) => [text.slice(t.start, t.end), t.type, t.value, t.anchor, t.granularity]);
}

// 2024-02-07 is a Wednesday.
describe('a clock alone', () => {
  it('takes the publication day, with no day of its own (granularity other)', () => {
    expect(times('The vote closed at 4 p.m.')).toEqual([['4 p.m.', 'TIME', '2024-02-07T16:00', 'publication', 'other']]);
    expect(times('The index was down 2% at 11:42 GMT.')).toEqual([['11:42 GMT', 'TIME', '2024-02-07T11:42Z', 'publication', 'other']]);
    expect(times('Shelling resumed at 0630 GMT.')).toEqual([['0630 GMT', 'TIME', '2024-02-07T06:30Z', 'publication', 'other']]);
    expect(times('The polls opened at noon.')).toEqual([['noon', 'TIME', '2024-02-07T12:00', 'publication', 'other']]);
  });
  it('reads the wire conversion in brackets, without the bracket', () => {
    expect(times('The accord was signed at 11:45 a.m. (0445 GMT).').map((t) => [t[0], t[2]])).toEqual([
      ['11:45 a.m.', '2024-02-07T11:45'],
      ['0445 GMT', '2024-02-07T04:45Z'],
    ]);
    expect(times('The quake hit at 14:46 local time (05:46 GMT).').map((t) => [t[0], t[2]])).toEqual([
      ['14:46', '2024-02-07T14:46'],
      ['05:46 GMT', '2024-02-07T05:46Z'],
    ]);
  });
  it('takes the day told in the sentence before it', () => {
    expect(times('The ministers met in Rome on Monday. Their talks began at 10 a.m. local time.')).toEqual([
      ['Monday', 'DATE', '2024-02-05', 'publication', 'day'],
      ['10 a.m.', 'TIME', '2024-02-05T10:00', 'event', 'other'],
    ]);
  });
  it('does not reach back past three sentences, nor to a month or a year', () => {
    expect(times('The ministers met on Monday. One. Two. Three. The session closed at 6 p.m.')[1]).toEqual(['6 p.m.', 'TIME', '2024-02-07T18:00', 'publication', 'other']);
    expect(times('The plant opened in March 2019. Its first shift began at 6 a.m.')[1]).toEqual(['6 a.m.', 'TIME', '2024-02-07T06:00', 'publication', 'other']);
  });
  it('keeps the day its own sentence names over one told before (granularity day)', () => {
    expect(times('The envoy left on Monday. He landed at 9 p.m. on Tuesday.')[1]).toEqual(['9 p.m. on Tuesday', 'TIME', '2024-02-06T21:00', 'publication', 'day']);
    expect(times('The envoy left on Monday. On Tuesday, after a stop in Baku, he landed at 9 p.m.')[2]).toEqual(['9 p.m.', 'TIME', '2024-02-06T21:00', 'event', 'day']);
  });
  it('has no value without a publication date, unless the text dates its day in full', () => {
    const r = run('The vote closed at 4 p.m.', null);
    expect(r.times!.map((t) => t.value)).toEqual([null]);
    expect(r.diagnostics.map((d) => d.code)).toContain('time/no-anchor');
    expect(times('On Monday the talks opened at 9 a.m.', null).map((t) => t[2])).toEqual([null, null]);
    expect(times('On 5 February 2024 the talks opened at 9 a.m.', null)[1]).toEqual(['9 a.m.', 'TIME', '2024-02-05T09:00', 'event', 'day']);
  });
});

describe('a part of the day alone', () => {
  it('"in the morning", "during the night", "in afternoon trading" are TIMEs on the day in context', () => {
    expect(times('Shares slid in afternoon trading on Tuesday.')).toEqual([
      ['afternoon', 'TIME', '2024-02-06TAF', 'event', 'day'],
      ['Tuesday', 'DATE', '2024-02-06', 'publication', 'day'],
    ]);
    expect(times('Rockets were fired during the night.')).toEqual([['the night', 'TIME', '2024-02-07TNI', 'publication', 'other']]);
    expect(times('The rally began in the early evening.')).toEqual([['the early evening', 'TIME', '2024-02-07TEV', 'publication', 'other']]);
  });
  it('is not a modifier of a noun, nor the part of a named day', () => {
    expect(times('She read it in the morning paper.')).toEqual([]);
    expect(times('Trains were cut in the evening rush.').map((t) => t[0])).toEqual(['the evening']);
    expect(times('The raid came in the night of 14 June.').map((t) => t[0])).toEqual(['the night of 14 June']);
    expect(times('Streets are empty at night.')).toEqual([]);
  });
});
