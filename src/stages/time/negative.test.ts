// What must not be read as a time: the false positives chrono and naive patterns fall for.
import { describe, expect, it } from 'vitest';
import { recordFromText } from '../../pipeline/record.ts';
import { segmentStage } from '../segment/index.ts';
import { timeStage } from './index.ts';

function texts(text: string): string[] {
  let r = recordFromText(text, { publishedAt: '2024-02-04' });
  r = segmentStage.run(r, segmentStage.defaults) as typeof r;
  r = timeStage.run(r, timeStage.defaults) as typeof r;
  return r.times!.map((t) => text.slice(t.start, t.end));
}

describe('not times', () => {
  it.each([
    ['publisher names', 'The report was first published by Mena Today and USA Today.'],
    ['programme names', 'He told ABC This Week that talks were stalled.'],
    ['a bare night', 'The night was quiet in the capital.'],
    ['may the verb', 'The minister may visit Ankara, and talks may resume.'],
    ['May the modal at sentence start', 'May they succeed.'],
    ['March and May the names', 'Theresa May said Jenny March was right.'],
    ['Sun the company', 'Sun Microsystems and the Sun newspaper said so.'],
    ['prices read as clock times', 'Shares rose $1.35 a share to close at 15 million.'],
    ['fractions', 'The index rose 2 1/2 points and 3/4 of voters agreed.'],
    ['ordinal second, the number one', 'He came second and one of them left.'],
    ['quantities that look like years', 'Some 2000 soldiers and 1500 people fled; $2024 was paid.'],
    ['named days', 'Markets recalled Black Monday and Good Friday agreements.'],
    ['ages in decades', 'Both men are in their 80s.'],
    ['the fall of a city', 'He recalled the fall of Baghdad.'],
    ['the Arab Spring', 'It was a legacy of the Arab Spring uprisings.'],
    ['a protest march', 'They led a protest march to the square.'],
    ['model numbers', 'The RTX 2060 and the GTX 1080 were tested.'],
    ['a results table', 'Chase Elliott 2275 3 4 11 15'],
    ['game clocks', 'He scored with 3:08 to play.'],
    ['conjunctions with soon and now', 'Do it as soon as possible, shortly before dawn; every now and then, now that it is over.'],
    ['a half of a match', 'He scored in the second half.'],
    ['nearly is not early', 'It cost nearly 2 billion.'],
    ['years inside product and index names', 'The Russell 2000 Index and Windows 2000 Server fell.'],
    ['a season word in a name or as a verb', 'Prices fall; the fall of the wall; the Summer Olympics.'],
  ])('%s', (_name, text) => {
    expect(texts(text)).toEqual([]);
  });

  it('keeps the real date next to a publisher name', () => {
    expect(texts('Mena Today reported on Feb. 3 that talks resumed.')).toEqual(['Feb. 3']);
  });
  it('reads time words in a Title Case headline', () => {
    expect(texts('Fidan To Visit Moscow Next Week For Talks On Gaza')).toEqual(['Next Week']);
  });
  it('does not join a weekday to a date on the next line', () => {
    expect(texts('Markets to remain closed until Friday\nSeptember 18 , 2008')).toEqual(['Friday', 'September 18 , 2008']);
  });
  it('keeps a clock time that has a clock mark', () => {
    expect(texts('The meeting began at 3 p.m. in Doha.')).toEqual(['3 p.m.']);
  });
});
