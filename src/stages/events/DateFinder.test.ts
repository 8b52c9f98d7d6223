// The event date from the time stage's own expressions: a clock whose sentence names no day
// has a TIMEX3 value on the publication day (or the day told before), but it does not date
// the interaction (ANNOTATION.md: no time word for the event, no date).
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../pipeline/types.ts';
import { timeStage } from '../time/index.ts';
import { eventsStage } from './index.ts';
import { type EntitySpec, makeRecord } from './testRecord.ts';

const LAVROV: EntitySpec = { kind: 'person', name: 'Sergei Lavrov', forms: ['Lavrov'], country: 'RUS' };
const FIDAN: EntitySpec = { kind: 'person', name: 'Hakan Fidan', forms: ['Fidan'], country: 'TUR' };

function dates(text: string): (string | null)[] {
  const r = timeStage.run(makeRecord(text, [LAVROV, FIDAN], [], '2024-02-07'), timeStage.defaults) as ArticleRecord;
  return (eventsStage.run(r, eventsStage.defaults) as ArticleRecord).events!.map((e) => e.date?.value ?? null);
}

describe('clock times and event dates', () => {
  it('a clock alone gives no date, though its TIMEX3 value is on the publication day', () => {
    expect(dates('Fidan met Lavrov at 3 p.m. in Ankara.')).toEqual([null]);
    expect(dates('Fidan met Lavrov at 1430 GMT.')).toEqual([null]);
  });
  it('nor does a clock that takes its day from an earlier sentence', () => {
    expect(dates('The ministry spoke on Monday. Fidan met Lavrov at 3 p.m.')).toEqual([null]);
  });
  it('a clock joined to its day, or the day in its own sentence, still dates it', () => {
    expect(dates('Fidan met Lavrov at 3 p.m. on Monday.')).toEqual(['2024-02-05']);
    expect(dates('Fidan met Lavrov at 3 p.m. yesterday.')).toEqual(['2024-02-06']);
    expect(dates('On Monday, after a long flight, Fidan met Lavrov at 3 p.m.')).toEqual(['2024-02-05']);
  });
  it('"this morning" is a relative day like "today", and dates it', () => {
    expect(dates('Fidan met Lavrov this morning.')).toEqual(['2024-02-07']);
  });
});
