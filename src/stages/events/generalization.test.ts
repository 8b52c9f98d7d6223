// Look-alikes met in general (non-diplomatic) news: each must not become an interaction, and the
// diplomatic sentence of the same shape still must. Written for these tests, not copied.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, EventRecord } from '../../pipeline/types.ts';
import { eventsStage } from './index.ts';
import { type EntitySpec, makeRecord } from './testRecord.ts';

const person = (name: string, forms: string[] = [], country?: string): EntitySpec => ({ kind: 'person', name, forms, country });
const org = (name: string, country?: string): EntitySpec => ({ kind: 'organization', name, country });
const place = (name: string, country?: string): EntitySpec => ({ kind: 'location', name, country });

function run(text: string, specs: EntitySpec[], times: { text: string; value: string | null }[] = []): EventRecord[] {
  return (eventsStage.run(makeRecord(text, specs, times, '2024-03-10'), eventsStage.defaults) as ArticleRecord).events!;
}
const sides = (es: EventRecord[]) => es.map((e) => e.participants.map((p) => p.name).sort().join('+'));

describe('naming "called"', () => {
  it('"a film called X", "the so-called X", "called “X”" name things', () => {
    expect(run('The studio bought a script called Silver Road by Anna Berg about Tom Hale.', [person('Anna Berg'), person('Tom Hale')])).toEqual([]);
    expect(run('Anna Berg joined the so-called Contact Group with Tom Hale.', [person('Anna Berg'), person('Tom Hale'), org('Contact Group')])).toEqual([]);
    expect(run('Anna Berg called “Night Train” her best book, Tom Hale said.', [person('Anna Berg'), person('Tom Hale')])).toEqual([]);
  });
  it('still reads a person calling a person', () => {
    const es = run('An hour later Scholz called Macron to discuss the crisis.', [person('Olaf Scholz', ['Scholz']), person('Emmanuel Macron', ['Macron'])]);
    expect(es.map((e) => e.type)).toEqual(['phone_call']);
  });
});

describe('conferences of companies and groups', () => {
  it('a conference with no named attendee is no meeting, even with a place', () => {
    expect(run('The accusations followed a Wikileaks conference in Stockholm in 2010.', [org('Wikileaks'), place('Stockholm')])).toEqual([]);
    expect(run('She spoke twice at the Problogger conference in Australia.', [org('Problogger'), place('Australia')])).toEqual([]);
  });
  it('a summit keeps its own time and place without named attendees, planned by "will be held"', () => {
    const es = run('The African Union summit will be held on 10 February in Addis Ababa.', [org('African Union'), place('Addis Ababa', 'ETH')], [{ text: '10 February', value: '2025-02-10' }]);
    expect(es.map((e) => [e.location?.name, e.status])).toEqual([['Addis Ababa', 'planned']]);
  });
});

describe('sources, quantifiers and topics', () => {
  it('a trigger inside a trailing source attribution tells no event', () => {
    const text = 'Lee and Park doubt the deal will hold, a second person briefed on the phone call said.';
    expect(run(text, [person('Lee Jae', ['Lee']), person('Park Min', ['Park'])])).toEqual([]);
  });
  it('"some important meetings" is meetings in general', () => {
    expect(run('Ortiz said Lopez was left out of some important meetings on trade.', [person('Ana Ortiz', ['Ortiz']), person('Juan Lopez', ['Lopez'])])).toEqual([]);
    // A count or a partner still makes them interactions.
    expect(run('Ortiz held several meetings with Lopez in Lima.', [person('Ana Ortiz', ['Ortiz']), person('Juan Lopez', ['Lopez']), place('Lima')]).length).toBe(1);
  });
  it('names after a bare "discusses" are its topic, not a partner', () => {
    expect(run('Acme co-founder Jane Roe discusses how Acme workers live.', [person('Jane Roe'), org('Acme')])).toEqual([]);
    expect(sides(run('Roe and Doe discussed the Acme merger.', [person('Jane Roe', ['Roe']), person('John Doe', ['Doe']), org('Acme')]))).toEqual(['Jane Roe+John Doe']);
  });
  it('a noun "host" before a name and "the visiting X" are no hosting or visit', () => {
    expect(run('Kim was eliminated in what host Ron Bell described as a close vote.', [person('Kim Lee', ['Kim']), person('Ron Bell')])).toEqual([]);
    expect(run('Volt said Bell discussed the plan with the visiting Ukrainians.', [person('Ann Volt', ['Volt']), person('Ron Bell', ['Bell'])]).filter((e) => e.type === 'visit')).toEqual([]);
  });
});

describe('who is a side', () => {
  it('"X\'s call with Y" has exactly X and Y as sides, not the listener', () => {
    const text = 'Morris was the third witness who listened in on President Trump\'s July 25 call with Ukrainian President Zelensky.';
    const es = run(text, [person('Tim Morris', ['Morris']), person('Donald Trump', ['Trump']), person('Volodymyr Zelensky', ['Zelensky'])]);
    expect(sides(es)).toEqual(['Donald Trump+Volodymyr Zelensky']);
  });
  it('speakers who report on "the call" are not its sides; "between them" keeps them', () => {
    const text = 'Trump held a phone call with Zelensky on July 25. Volker and Morris said that the call with Zelensky was improper.';
    const specs = [person('Donald Trump', ['Trump']), person('Volodymyr Zelensky', ['Zelensky']), person('Kurt Volker', ['Volker']), person('Tim Morris', ['Morris'])];
    expect(sides(run(text, specs, [{ text: 'July 25', value: '2019-07-25' }]))).toEqual(['Donald Trump+Volodymyr Zelensky']);
  });
});

describe('places and later triggers', () => {
  it('"the U.S.-Mexico border" names no place; "Guinea-Bissau" still does', () => {
    const rep = person('David Kay', ['Kay']);
    expect(run('Kay visited the U.S.-Mexico border in October.', [rep]).map((e) => e.location?.name)).toEqual([]);
    expect(run('Kay visited Guinea-Bissau in October.', [rep]).map((e) => e.location?.name)).toEqual(['Guinea-Bissau']);
  });
  it('people after a second trigger are its partners, not the first one\'s; "hosted by" describes the first', () => {
    const specs = [person('Gordon Sand', ['Sand']), person('Alex Vinn', ['Vinn']), person('Volodymyr Zelensky', ['Zelensky']), person('Donald Trump', ['Trump'])];
    const es = run('Vinn described a July 10 meeting with Sand before the White House would agree to a meeting Zelensky wanted with Trump.', specs, [{ text: 'July 10', value: '2019-07-10' }]);
    expect(es.map((e) => e.participants.map((p) => p.name).sort().join('+'))).toContain('Alex Vinn+Gordon Sand');
    expect(es.every((e) => e.participants.length <= 3)).toBe(true);
    const hosted = run('Swaraj attended a ministerial meeting jointly hosted by Pakistan and Afghanistan.', [person('Sushma Swaraj', ['Swaraj']), place('Pakistan', 'PAK'), place('Afghanistan', 'AFG')]);
    expect(hosted.length).toBeLessThanOrEqual(1);
  });
});

describe('properties', () => {
  it('the general-news filters never throw and keep every span inside the text', () => {
    const word = fc.constantFrom('a', 'mission', 'called', 'Lee', 'Park', 'host', 'the', 'visiting', 'some', 'meetings', ',', 'said', '.', "'s", 'call', 'with', 'discusses', 'how', 'conference', 'Acme', 'U.S.-Mexico', 'held', 'in', 'Lima', 'cancelled', 'the meeting', 'from', 'ministers');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), (words) => {
        const text = words.join(' ');
        const es = run(text, [person('Lee Jae', ['Lee']), person('Park Min', ['Park']), org('Acme', 'USA'), place('Lima', 'PER')]);
        for (const e of es) for (const ev of e.evidence) expect(0 <= ev.start && ev.start < ev.end && ev.end <= text.length).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

