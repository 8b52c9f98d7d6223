// Classes of page furniture and of story text that looks like furniture, one describe each:
// every case is a dump of our own making, with the line the rule must keep or drop.
import { describe, expect, it } from 'vitest';
import { recordFromInput } from '../../pipeline/record.ts';
import type { ArticleRecord } from '../../pipeline/types.ts';
import { ingestStage } from '../ingest/index.ts';
import { cleanStage } from './index.ts';
import { isMetaLine } from './MetaLineFilter.ts';
import { featuresOf } from './Lines.ts';

function clean(text: string, path = 'a.txt'): ArticleRecord {
  const bytes = new TextEncoder().encode(text);
  const input = { id: 'a', path, bytes, sidecar: null, format: path.includes('.htm') ? ('html' as const) : ('txt' as const), publishedFlag: null };
  const r = ingestStage.run(recordFromInput(input), ingestStage.defaults) as ArticleRecord;
  return cleanStage.run(r, cleanStage.defaults) as ArticleRecord;
}

const P = [
  'The city council voted on Tuesday to extend the night bus service to the northern suburbs, after a year of complaints from shift workers about the lack of late connections.',
  'The new routes will start in March and cost about two million dollars a year, which the council said it would take from the budget for road repairs in the city centre.',
  'Opposition members said the money should have come from higher parking fees instead, and they promised to raise the question again when the budget is debated in the spring.',
  'The transport authority said it would publish the timetables in February and that drivers for the new routes were already being hired from the regional training school.',
];

const meta = (plain: string) => isMetaLine({ plain, letterWords: featuresOf(plain).letterWords });

describe('embedded posts', () => {
  it('keeps the signature of an embedded post with the post', () => {
    const sig = '— Jane Roe (@janeroe_news) March 3, 2021';
    const r = clean([P[0], P[1], 'The buses will finally run when we need them. Thank you to everyone who signed the petition!', sig, P[2]].join('\n'));
    expect(r.text).toContain(sig);
    expect(meta(sig)).toBe(false);
  });

  it('still drops a publication line of the page', () => {
    expect(meta('Posted by Jane Roe on March 3, 2021')).toBe(true);
    expect(meta('— Jane Roe, March 3, 2021')).toBe(true);
  });
});
