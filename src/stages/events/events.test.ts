import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, EventRecord } from '../../pipeline/types.ts';
import { eventsStage } from './index.ts';
import { type EntitySpec, makeRecord } from './testRecord.ts';

const FIDAN: EntitySpec = { kind: 'person', name: 'Hakan Fidan', forms: ['Fidan'], country: 'TUR', role: 'Foreign Minister' };
const HANIYEH: EntitySpec = { kind: 'person', name: 'Ismail Haniyeh', forms: ['Haniyeh'], country: 'PSE' };
const ERDOGAN: EntitySpec = { kind: 'person', name: 'Recep Tayyip Erdogan', forms: ['Erdogan'], country: 'TUR', role: 'President' };
const THANI: EntitySpec = { kind: 'person', name: 'Mohammed bin Abdulrahman Al Thani', country: 'QAT', role: 'Foreign Minister' };
const TAMIM: EntitySpec = { kind: 'person', name: 'Tamim bin Hamad Al Thani', forms: ['Sheikh Tamim'], country: 'QAT', role: 'Emir' };
const SISI: EntitySpec = { kind: 'person', name: 'Abdel Fattah Al Sisi', forms: ['Sisi'], country: 'EGY', role: 'President' };
const BIDEN: EntitySpec = { kind: 'person', name: 'Joe Biden', forms: ['Biden'], country: 'USA', role: 'President' };
const NULAND: EntitySpec = { kind: 'person', name: 'Victoria Nuland', forms: ['Nuland'], country: 'USA' };
const HAMAS: EntitySpec = { kind: 'organization', name: 'Hamas' };
const DOHA: EntitySpec = { kind: 'location', name: 'Doha', country: 'QAT' };
const ANKARA: EntitySpec = { kind: 'location', name: 'Ankara', country: 'TUR' };
const ISTANBUL: EntitySpec = { kind: 'location', name: 'Istanbul', country: 'TUR' };

function events(text: string, specs: EntitySpec[], times: { text: string; value: string | null }[] = [], publishedAt: string | null = '2024-02-04'): EventRecord[] {
  const out = eventsStage.run(makeRecord(text, specs, times, publishedAt), eventsStage.defaults) as ArticleRecord;
  return out.events!;
}
const names = (e: EventRecord) => e.participants.map((p) => p.name).sort();

describe('triggers and participants', () => {
  it('finds a verbal meeting with subject, object, place and date', () => {
    const text = 'Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on Saturday.';
    const [e, ...rest] = events(text, [FIDAN, HANIYEH, HAMAS, DOHA], [{ text: 'Saturday', value: '2024-02-03' }]);
    expect(rest).toEqual([]);
    expect(e.type).toBe('meeting');
    expect(names(e)).toEqual(['Hakan Fidan', 'Ismail Haniyeh']);
    expect(e.location?.name).toBe('Doha');
    expect(text.slice(e.location!.span!.start, e.location!.span!.end)).toBe('in Doha');
    expect(e.date).toMatchObject({ value: '2024-02-03', text: 'Saturday', granularity: 'day' });
    expect(e.status).toBe('occurred');
    expect(e.evidence).toEqual([{ start: 0, end: text.length }]);
    // Doha is neither side's country: a meeting at a third place.
    expect(e.cameo).toBe('044');
    expect(e.plover).toEqual({ event: 'CONSULT', mode: 'third-party' });
  });

  it('reads "X and Y held talks" and "between X and Y" as both sides', () => {
    const a = events('Erdogan and Sisi held talks in Ankara.', [ERDOGAN, SISI, ANKARA]);
    expect(a.map(names)).toEqual([['Abdel Fattah Al Sisi', 'Recep Tayyip Erdogan']]);
    const b = events('A meeting between Erdogan and Sisi took place in Ankara.', [ERDOGAN, SISI, ANKARA]);
    expect(b.map(names)).toEqual([['Abdel Fattah Al Sisi', 'Recep Tayyip Erdogan']]);
  });

  it('turns "was received by" into a hosting meeting', () => {
    const [e] = events('Haniyeh was received by Erdogan in Istanbul on Saturday.', [HANIYEH, ERDOGAN, ISTANBUL]);
    expect(names(e)).toEqual(['Ismail Haniyeh', 'Recep Tayyip Erdogan']);
    expect(e.cameo).toBe('043');
    expect(e.location?.name).toBe('Istanbul');
  });

  it('does not take "welcomed the decision" for a hosting', () => {
    expect(events('Erdogan welcomed the decision announced by Biden.', [ERDOGAN, BIDEN])).toEqual([]);
  });

  it('keeps a group named as a side when no person stands for it', () => {
    const [e] = events('Fidan met with a Hamas delegation in Ankara on Friday.', [FIDAN, HAMAS, ANKARA]);
    expect(e.participants.map((p) => [p.name, p.kind])).toEqual([
      ['Hakan Fidan', 'person'],
      ['Hamas', 'organization'],
    ]);
  });

  it('names states as sides when only states are named', () => {
    const [e] = events('A meeting between Turkish and American officials was held in Istanbul.', [ISTANBUL]);
    expect(e.participants.map((p) => [p.name, p.kind]).sort()).toEqual([
      ['Türkiye', 'location'],
      ['United States', 'location'],
    ]);
  });

  it('resolves a pronoun subject to the person the article is about', () => {
    const text = 'Fidan arrived in Doha on Sunday. He met his Qatari counterpart Mohammed bin Abdulrahman Al Thani.';
    const evs = events(text, [FIDAN, THANI, DOHA], [{ text: 'Sunday', value: '2024-02-04' }]);
    const meeting = evs.find((e) => e.type === 'meeting')!;
    expect(names(meeting)).toEqual(['Hakan Fidan', 'Mohammed bin Abdulrahman Al Thani']);
    // Met during the visit just reported: the visit's destination is the meeting's place.
    expect(meeting.location?.name).toBe('Doha');
    expect(evs.find((e) => e.type === 'visit')).toMatchObject({ participants: [{ name: 'Hakan Fidan' }], location: { name: 'Doha' } });
  });

  it('splits "separately met A, B and C" into one meeting per partner', () => {
    const evs = events('Erdogan separately met Sisi, Biden and Sheikh Tamim.', [ERDOGAN, SISI, BIDEN, TAMIM]);
    expect(evs.map(names)).toEqual([
      ['Abdel Fattah Al Sisi', 'Recep Tayyip Erdogan'],
      ['Joe Biden', 'Recep Tayyip Erdogan'],
      ['Recep Tayyip Erdogan', 'Tamim bin Hamad Al Thani'],
    ]);
  });
});

describe('phone calls and visits', () => {
  it('finds a phone call and never places it', () => {
    const [e, ...rest] = events('Erdogan held a phone call with Sheikh Tamim in Ankara on Tuesday.', [ERDOGAN, TAMIM, ANKARA], [{ text: 'Tuesday', value: '2024-01-30' }]);
    expect(rest).toEqual([]);
    expect(e.type).toBe('phone_call');
    expect(e.location).toBeNull();
    expect(e.cameo).toBe('041');
    expect(e.plover.mode).toBe('phone');
    expect(e.date?.value).toBe('2024-01-30');
  });

  it('reads "received a phone call from" as one call, not a meeting too', () => {
    const evs = events('Sisi received a phone call on Monday from US President Biden.', [SISI, BIDEN]);
    expect(evs.map((e) => e.type)).toEqual(['phone_call']);
    expect(names(evs[0])).toEqual(['Abdel Fattah Al Sisi', 'Joe Biden']);
  });

  it('gives one visit per destination', () => {
    const evs = events('Nuland is visiting Bangladesh, India, and Sri Lanka this week.', [NULAND]);
    expect(evs.map((e) => [e.type, e.location?.name, e.cameo])).toEqual([
      ['visit', 'Bangladesh', '042'],
      ['visit', 'India', '042'],
      ['visit', 'Sri Lanka', '042'],
    ]);
  });

  it('takes the possessor of "his visit" as the visitor', () => {
    const [e] = events('Fidan started his two-day visit to Doha on Sunday.', [FIDAN, DOHA]);
    expect(e).toMatchObject({ type: 'visit', participants: [{ name: 'Hakan Fidan' }], location: { name: 'Doha', text: 'Doha' } });
  });
});

describe('places and dates', () => {
  it('prefers the city of "at a venue in a city" and the name of "the capital X"', () => {
    const a = events('Erdogan received Haniyeh at Dolmabahce Palace in Istanbul.', [ERDOGAN, HANIYEH, ISTANBUL]);
    expect(a[0].location?.name).toBe('Istanbul');
    const b = events('Fidan met Haniyeh in the Qatari capital Doha.', [FIDAN, HANIYEH, DOHA]);
    expect(b[0].location).toMatchObject({ name: 'Doha', text: 'in the Qatari capital Doha' });
  });

  it('does not take the place of a topic ("the situation in Gaza") for the venue', () => {
    const [e] = events('Fidan met Haniyeh to discuss the humanitarian situation in Gaza.', [FIDAN, HANIYEH, { kind: 'location', name: 'Gaza' }]);
    expect(e.location).toBeNull();
  });

  it('does not let a dateline place the event nor the publication date date it', () => {
    const [e] = events('ANKARA\n\nFidan met Haniyeh.', [FIDAN, HANIYEH, ANKARA]);
    expect(e.location).toBeNull();
    expect(e.date).toBeNull();
  });

  it('keeps a week as text with no value', () => {
    const [e] = events('Fidan met Haniyeh last week.', [FIDAN, HANIYEH], [{ text: 'last week', value: '2024-W04' }]);
    expect(e.date).toMatchObject({ value: null, text: 'last week', granularity: 'week' });
  });

  it('dates a coordinated verb phrase by its own time', () => {
    const text = 'Blinken landed in Ankara on Sunday evening and held talks with Fidan on Monday morning.';
    const BLINKEN: EntitySpec = { kind: 'person', name: 'Antony Blinken', forms: ['Blinken'], country: 'USA' };
    const evs = events(text, [BLINKEN, FIDAN, ANKARA], [
      { text: 'Sunday evening', value: '2023-11-05' },
      { text: 'Monday morning', value: '2023-11-06' },
    ], '2023-11-06');
    expect(evs.find((e) => e.type === 'visit')?.date?.value).toBe('2023-11-05');
    expect(evs.find((e) => e.type === 'meeting')?.date?.value).toBe('2023-11-06');
  });
});

describe('status and salience', () => {
  it('marks announced events planned', () => {
    expect(events('Erdogan will meet Biden in Istanbul next week.', [ERDOGAN, BIDEN, ISTANBUL])[0].status).toBe('planned');
    expect(events('Fidan is expected to visit Doha.', [FIDAN, DOHA])[0].status).toBe('planned');
    expect(events("Erdogan's upcoming visit to Doha was announced.", [ERDOGAN, DOHA])[0].status).toBe('planned');
  });

  it('emits no event for negated, hypothetical, cancelled or habitual interactions, with a diagnostic', () => {
    const specs = [ERDOGAN, BIDEN];
    for (const t of [
      'Erdogan did not meet Biden.',
      'Erdogan could meet Biden if the talks go well.',
      'The meeting between Erdogan and Biden was cancelled.',
      'Erdogan regularly meets Biden.',
      'There are no plans for Erdogan to meet Biden.',
    ]) {
      const out = eventsStage.run(makeRecord(t, specs), eventsStage.defaults) as ArticleRecord;
      expect(out.events, t).toEqual([]);
      expect(out.diagnostics.some((d) => d.stage === 'events' && d.code.startsWith('events/')), t).toBe(true);
    }
  });

  it('marks recalled interactions as background', () => {
    const text = 'Fidan met Haniyeh in Doha on Saturday. The last talks between Erdogan and Haniyeh date to October 16.';
    const evs = events(text, [FIDAN, HANIYEH, ERDOGAN, DOHA], [
      { text: 'Saturday', value: '2024-02-03' },
      { text: 'October 16', value: '2023-10-16' },
    ]);
    expect(evs.map((e) => [names(e).join('+'), e.salience])).toEqual([
      ['Hakan Fidan+Ismail Haniyeh', 'main'],
      ['Ismail Haniyeh+Recep Tayyip Erdogan', 'background'],
    ]);
  });
  it('takes a meeting named as the point "since" which time passed for background, without a date to tell', () => {
    const JAPAN: EntitySpec = { kind: 'location', name: 'Japan', country: 'JPN' };
    const CHINA: EntitySpec = { kind: 'location', name: 'China', country: 'CHN' };
    const text = 'Erdogan met Biden in Istanbul. Turkey has not hosted a summit since a trilateral meeting with Japan and China.';
    const evs = events(text, [ERDOGAN, BIDEN, ISTANBUL, JAPAN, CHINA, { kind: 'location', name: 'Turkey', country: 'TUR' }], [], null);
    expect(evs.map((e) => [names(e).includes('China'), e.salience])).toEqual([
      [false, 'main'],
      [true, 'background'],
    ]);
  });
});

describe('one event per interaction', () => {
  it('attaches "the meeting" to the meeting already introduced', () => {
    const text = 'Fidan met Haniyeh in Doha. The meeting addressed the ceasefire in Gaza and the release of hostages.';
    const evs = events(text, [FIDAN, HANIYEH, DOHA]);
    expect(evs).toHaveLength(1);
    expect(evs[0].evidence.map((s) => text.slice(s.start, s.end))).toEqual(['Fidan met Haniyeh in Doha.', 'The meeting addressed the ceasefire in Gaza and the release of hostages.']);
    expect(evs[0].topics).toEqual(expect.arrayContaining(['ceasefire', 'hostages-prisoners']));
    expect(evs[0].location?.name).toBe('Doha');
  });

  it('merges repeated mentions and fills the date from a later one', () => {
    const text = 'Fidan held talks with Haniyeh in Ankara. The meeting on Saturday lasted two hours. Fidan and Haniyeh discussed the truce.';
    const evs = events(text, [FIDAN, HANIYEH, ANKARA], [{ text: 'Saturday', value: '2024-02-03' }]);
    expect(evs).toHaveLength(1);
    expect(evs[0].evidence).toHaveLength(3);
    expect(evs[0].date?.value).toBe('2024-02-03');
  });

  it('keeps two meetings of the same pair on different days apart', () => {
    const text = 'Fidan met Haniyeh in Doha on Saturday. Fidan had also met Haniyeh in Ankara on January 10.';
    const evs = events(text, [FIDAN, HANIYEH, DOHA, ANKARA], [
      { text: 'Saturday', value: '2024-02-03' },
      { text: 'January 10', value: '2024-01-10' },
    ]);
    expect(evs.map((e) => [e.date?.value, e.location?.name])).toEqual([
      ['2024-02-03', 'Doha'],
      ['2024-01-10', 'Ankara'],
    ]);
  });

  it('orders events by their first evidence', () => {
    const text = 'Erdogan spoke by phone with Biden. Fidan visited Doha. Fidan met Haniyeh in Doha.';
    const evs = events(text, [ERDOGAN, BIDEN, FIDAN, HANIYEH, DOHA]);
    const starts = evs.map((e) => e.evidence[0].start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(evs.map((e) => e.type)).toEqual(['phone_call', 'visit', 'meeting']);
  });
});

describe('stage contract', () => {
  it('returns no events when the record is not to be read', () => {
    const r = makeRecord('Fidan met Haniyeh in Doha.', [FIDAN, HANIYEH, DOHA]);
    const out = eventsStage.run({ ...r, skipNlp: 'language: de' }, eventsStage.defaults) as ArticleRecord;
    expect(out.events).toEqual([]);
  });

  it('does not mutate its input and is deterministic', () => {
    const r = makeRecord('Fidan met Haniyeh in Doha. The meeting was long.', [FIDAN, HANIYEH, DOHA]);
    const copy = JSON.parse(JSON.stringify({ ...r, offsets: null }));
    const a = eventsStage.run(r, eventsStage.defaults) as ArticleRecord;
    const b = eventsStage.run(r, eventsStage.defaults) as ArticleRecord;
    expect(JSON.parse(JSON.stringify({ ...r, offsets: null }))).toEqual(copy);
    expect(a.events).toEqual(b.events);
    expect(r.events).toBeUndefined();
  });

  it('never throws and keeps every span inside the text, whatever the text and entity spans', () => {
    const word = fc.constantFrom('met', 'visit', 'talks', 'phone call', 'in', 'Doha', 'Fidan', 'the', 'will', 'not', 'with', 'and', 'he', ',', '.', '"', 'meeting', 'received', 'by', 'Ankara', 'summit', 'separately', 'the two leaders');
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 40 }),
        fc.array(fc.tuple(fc.integer({ min: -5, max: 300 }), fc.integer({ min: -5, max: 300 }), fc.constantFrom('person', 'organization', 'location')), { maxLength: 8 }),
        fc.array(fc.tuple(fc.integer({ min: -5, max: 300 }), fc.integer({ min: 0, max: 30 })), { maxLength: 4 }),
        (words, spans, timeSpans) => {
          const text = words.join(' ');
          const r = makeRecord(text, []);
          const entities = spans.map(([s, e, kind], i) => ({ id: `${kind}:x${i}`, kind: kind as 'person', name: `X${i}`, aliases: [], mentions: [{ start: s, end: e }] }));
          const times = timeSpans.map(([s, len]) => ({ start: s, end: s + len, type: 'DATE' as const, value: '2024-01-01', anchor: 'publication' as const }));
          const out = eventsStage.run({ ...r, entities, times }, eventsStage.defaults) as ArticleRecord;
          for (const e of out.events!) {
            expect(e.evidence.length).toBeGreaterThan(0);
            for (const s of [...e.evidence, ...(e.location?.span ? [e.location.span] : []), ...(e.date?.span ? [e.date.span] : [])]) {
              expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
            }
            expect(e.confidence).toBeGreaterThanOrEqual(0);
            expect(e.confidence).toBeLessThanOrEqual(1);
            if (e.type === 'phone_call') expect(e.location).toBeNull();
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('gatherings', () => {
  const NATO: EntitySpec = { kind: 'organization', name: 'NATO' };
  const AU: EntitySpec = { kind: 'organization', name: 'African Union', forms: ['AU'] };
  it('makes the attendee and the organization the sides of a summit', () => {
    const evs = events('Erdogan raised the issue at the NATO summit in The Hague.', [ERDOGAN, NATO]);
    expect(evs).toHaveLength(1);
    expect(evs[0].participants.map((p) => p.name)).toEqual(['Recep Tayyip Erdogan', 'NATO']);
    expect(evs[0].location?.name).toBe('The Hague');
  });

  it('keeps an announced summit with its own time and place, and drops a bare mention', () => {
    const text = 'Abiy discussed the upcoming AU summit which will be held on 10 February in Addis Ababa.';
    const [e] = events(text, [{ kind: 'person', name: 'Abiy Ahmed', forms: ['Abiy'] }, AU], [{ text: '10 February', value: '2019-02-10' }], '2019-01-20');
    expect(e).toMatchObject({ type: 'meeting', status: 'planned', participants: [{ name: 'African Union' }], date: { value: '2019-02-10' }, location: { name: 'Addis Ababa' } });
    expect(events('The AU summit was praised by analysts.', [AU])).toEqual([]);
  });

  it('does not take "a meeting with Hamas" for a gathering of Hamas', () => {
    const evs = events('Fidan held a meeting with Hamas in Doha.', [FIDAN, HAMAS, DOHA]);
    expect(evs.map(names)).toEqual([['Hakan Fidan', 'Hamas']]);
  });
});

describe('more trigger shapes', () => {
  const PUTIN: EntitySpec = { kind: 'person', name: 'Vladimir Putin', forms: ['Putin'], country: 'RUS' };
  it('reads "called X" as a phone call, but not "called for"', () => {
    expect(events('Erdogan called Putin on Tuesday.', [ERDOGAN, PUTIN]).map((e) => e.type)).toEqual(['phone_call']);
    expect(events('Erdogan called for a ceasefire, Putin said.', [ERDOGAN, PUTIN])).toEqual([]);
  });

  it('makes a meeting verb with a phone or video medium a call', () => {
    const [e] = events('Erdogan spoke with Putin by phone on Tuesday.', [ERDOGAN, PUTIN]);
    expect(e.type).toBe('phone_call');
    expect(e.location).toBeNull();
  });

  it('takes the person before ", who" as the subject of the relative clause', () => {
    const evs = events('Fidan, who is visiting Doha, met Haniyeh.', [FIDAN, HANIYEH, DOHA]);
    expect(evs.find((e) => e.type === 'visit')).toMatchObject({ participants: [{ name: 'Hakan Fidan' }], location: { name: 'Doha' } });
    expect(evs.find((e) => e.type === 'meeting')?.participants.map((p) => p.name).sort()).toEqual(['Hakan Fidan', 'Ismail Haniyeh']);
  });

  it('places a meeting in the town a "where" clause hangs on', () => {
    const evs = events('Fidan flew to Doha, where he held talks with Haniyeh.', [FIDAN, HANIYEH, DOHA]);
    expect(evs.map((e) => [e.type, e.location?.name])).toEqual([
      ['visit', 'Doha'],
      ['meeting', 'Doha'],
    ]);
  });
});

describe('coordination and relative clauses', () => {
  const BAERBOCK: EntitySpec = { kind: 'person', name: 'Annalena Baerbock', forms: ['Baerbock'], country: 'DEU' };
  const BARROT: EntitySpec = { kind: 'person', name: 'Jean-Noel Barrot', forms: ['Barrot'], country: 'FRA' };
  const SHARAA: EntitySpec = { kind: 'person', name: 'Ahmed al-Sharaa', forms: ['al-Sharaa'], country: 'SYR' };
  const DAMASCUS: EntitySpec = { kind: 'location', name: 'Damascus', country: 'SYR' };
  it('lets coordinated subjects travel together and shares the first verb phrase date', () => {
    const text = 'Baerbock and her French counterpart Barrot visited Damascus on January 3 and met al-Sharaa.';
    const evs = events(text, [BAERBOCK, BARROT, SHARAA, DAMASCUS], [{ text: 'January 3', value: '2025-01-03' }], '2025-01-15');
    expect(evs.map((e) => [e.type, names(e).join('+'), e.date?.value, e.location?.name, e.salience])).toEqual([
      ['visit', 'Annalena Baerbock+Jean-Noel Barrot', '2025-01-03', 'Damascus', 'background'],
      ['meeting', 'Ahmed al-Sharaa+Annalena Baerbock+Jean-Noel Barrot', '2025-01-03', 'Damascus', 'background'],
    ]);
  });

  it('resumes the main clause after a relative clause', () => {
    const XI: EntitySpec = { kind: 'person', name: 'Xi Jinping', forms: ['Xi'], country: 'CHN' };
    const LAM: EntitySpec = { kind: 'person', name: 'To Lam', country: 'VNM' };
    const text = 'Xi held talks with To Lam, who is on a state visit to China, in Beijing on Monday.';
    const evs = events(text, [XI, LAM, { kind: 'location', name: 'Beijing', country: 'CHN' }], [{ text: 'Monday', value: '2024-08-19' }], '2024-08-20');
    const meeting = evs.find((e) => e.type === 'meeting')!;
    expect(meeting).toMatchObject({ location: { name: 'Beijing' }, date: { value: '2024-08-19' } });
    expect(evs.find((e) => e.type === 'visit')).toMatchObject({ participants: [{ name: 'To Lam' }], location: { name: 'China' } });
  });
});

describe('reporting verbs', () => {
  const PUTIN: EntitySpec = { kind: 'person', name: 'Vladimir Putin', forms: ['Putin'], country: 'RUS' };
  const TURKEY: EntitySpec = { kind: 'location', name: 'Turkey', country: 'TUR' };
  it('keeps a speaker who reports his own call, and a "will" of another clause does not plan it', () => {
    const text = 'Putin will visit Turkey in July, Erdogan said on Sunday after a phone call with his Russian counterpart.';
    const evs = events(text, [PUTIN, ERDOGAN, TURKEY], [
      { text: 'July', value: '2024-07' },
      { text: 'Sunday', value: '2024-06-02' },
    ], '2024-06-02');
    expect(evs.map((e) => [e.type, e.status, names(e).join('+')])).toEqual([
      ['visit', 'planned', 'Vladimir Putin'],
      ['phone_call', 'occurred', 'Recep Tayyip Erdogan+Vladimir Putin'],
    ]);
  });

  it('drops the source of a report from the sides', () => {
    const [e] = events('Fidan met Haniyeh in Doha, Erdogan said.', [FIDAN, HANIYEH, ERDOGAN, DOHA]);
    expect(names(e)).toEqual(['Hakan Fidan', 'Ismail Haniyeh']);
  });
});

describe('role nouns', () => {
  it('resolves "the emir" to the person the text calls emir, not the topic', () => {
    const TAMIM_NO_ROLE: EntitySpec = { kind: 'person', name: 'Tamim bin Hamad Al-Thani', country: 'QAT' };
    const text = 'Erdogan and the emir of Qatar, Tamim bin Hamad Al-Thani, appealed for calm. The emir made a brief visit to Ankara.';
    const evs = events(text, [ERDOGAN, TAMIM_NO_ROLE, ANKARA]);
    expect(evs.find((e) => e.type === 'visit')).toMatchObject({ participants: [{ name: 'Tamim bin Hamad Al-Thani' }], location: { name: 'Ankara' } });
  });
});

describe('place before the event noun', () => {
  it('reads "the Istanbul meeting" as a meeting in Istanbul', () => {
    const [e] = events('Fidan and Haniyeh said the Istanbul meeting between them was useful.', [FIDAN, HANIYEH, ISTANBUL]);
    expect(e.location).toMatchObject({ name: 'Istanbul', text: 'Istanbul' });
  });
});

describe('lone sides', () => {
  it('lets a mention with one named side add its sentence but not its date to that person\'s event', () => {
    const text = 'Erdogan met Sisi in Ankara. Erdogan also chaired a cabinet meeting on Monday.';
    const evs = events(text, [ERDOGAN, SISI, ANKARA], [{ text: 'Monday', value: '2024-02-05' }]);
    expect(evs).toHaveLength(1);
    expect(evs[0].date).toBeNull();
    // "a cabinet meeting" is some other gathering: not evidence of the talks with Sisi.
    expect(evs[0].evidence).toHaveLength(1);
  });
});

describe('the summit named before', () => {
  it('reads "attending the summit" as the gathering of the organization named earlier, dated by its own verb phrase', () => {
    const NATO: EntitySpec = { kind: 'organization', name: 'NATO' };
    const text = 'Erdogan and Biden spoke at a NATO summit dinner. The two leaders are attending the summit in Madrid and were to meet Sisi yesterday.';
    const evs = events(text, [ERDOGAN, BIDEN, SISI, NATO, { kind: 'location', name: 'Madrid' }], [{ text: 'yesterday', value: '2024-02-03' }]);
    const summit = evs.find((e) => e.participants.some((p) => p.name === 'NATO') && e.location?.name === 'Madrid');
    expect(summit).toBeDefined();
    expect(summit!.date).toBeNull();
  });
});

describe('tense against resolved dates', () => {
  it('keeps a past-tense report occurred even when its weekday resolved after publication', () => {
    const [e] = events('Fidan held talks with Haniyeh on Wednesday.', [FIDAN, HANIYEH], [{ text: 'Wednesday', value: '2024-02-07' }], '2024-02-04');
    expect(e.status).toBe('occurred');
  });
  it('plans a nominal event dated after publication', () => {
    const [e] = events('The meeting between Fidan and Haniyeh on Wednesday will focus on aid.', [FIDAN, HANIYEH], [{ text: 'Wednesday', value: '2024-02-07' }], '2024-02-04');
    expect(e.status).toBe('planned');
  });
});

describe('where clauses', () => {
  it('gives a "where" clause the time of the visit it hangs on', () => {
    const BEIRUT: EntitySpec = { kind: 'location', name: 'Beirut', country: 'LBN' };
    const text = 'Fidan had visited Beirut in February, where he held talks with Haniyeh.';
    const evs = events(text, [FIDAN, HANIYEH, BEIRUT], [{ text: 'February', value: '2024-02' }], '2024-05-20');
    expect(evs.map((e) => [e.type, e.date?.value, e.location?.name, e.salience])).toEqual([
      ['visit', '2024-02', 'Beirut', 'background'],
      ['meeting', '2024-02', 'Beirut', 'background'],
    ]);
  });
});

describe('salience from the lede', () => {
  it('keeps the lede and its day main, and makes later unrelated or gathering mentions background', () => {
    const NATO: EntitySpec = { kind: 'organization', name: 'NATO' };
    const PUTIN: EntitySpec = { kind: 'person', name: 'Vladimir Putin', forms: ['Putin'], country: 'RUS' };
    const text = [
      'Fidan met Haniyeh in Doha on Sunday.',
      'Fidan also met Sheikh Tamim on Sunday in Doha.',
      'The talks covered aid.',
      'Analysts noted the war.',
      'Markets were calm.',
      'Prices rose.',
      'Erdogan spoke by phone with Putin.',
      'Erdogan met Putin at the NATO summit in Vilnius.',
    ].join(' ');
    const evs = events(text, [FIDAN, HANIYEH, TAMIM, ERDOGAN, PUTIN, NATO, DOHA, { kind: 'location', name: 'Vilnius' }], [
      { text: 'Sunday', value: '2024-02-04' },
    ]);
    const sal = (pred: (e: EventRecord) => boolean) => evs.find(pred)?.salience;
    expect(sal((e) => names(e).includes('Ismail Haniyeh'))).toBe('main');
    expect(sal((e) => names(e).includes('Tamim bin Hamad Al Thani'))).toBe('main');
    expect(sal((e) => e.type === 'phone_call')).toBe('background');
    expect(sal((e) => e.participants.some((p) => p.name === 'NATO'))).toBe('background');
  });
});

describe('medium and frame phrases', () => {
  it('reads "exchanged views by phone" as a call', () => {
    const [e] = events('Sisi and Erdogan exchanged views by phone on Sunday.', [SISI, ERDOGAN]);
    expect(e).toMatchObject({ type: 'phone_call', location: null });
  });
  it('places "is in Moscow on an official visit" in Moscow', () => {
    const [e] = events('Erdogan is in Doha on a two-day official visit.', [ERDOGAN, DOHA]);
    expect(e).toMatchObject({ type: 'visit', participants: [{ name: 'Recep Tayyip Erdogan' }], location: { name: 'Doha' } });
  });
});
