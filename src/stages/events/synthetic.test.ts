// Short diplomatic articles written for these tests in phrasings the fixtures do not use (other
// countries and actors, passives, "held talks", "hosted", phone conversations, multi-stop and
// planned visits, called-off meetings), so the rules are checked on text no rule was tuned on.
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, EventRecord } from '../../pipeline/types.ts';
import { eventsStage } from './index.ts';
import { type EntitySpec, makeRecord } from './testRecord.ts';

const SCHOLZ: EntitySpec = { kind: 'person', name: 'Olaf Scholz', forms: ['Scholz'], country: 'DEU', role: 'Chancellor' };
const MACRON: EntitySpec = { kind: 'person', name: 'Emmanuel Macron', forms: ['Macron'], country: 'FRA', role: 'President' };
const MODI: EntitySpec = { kind: 'person', name: 'Narendra Modi', forms: ['Modi'], country: 'IND', role: 'Prime Minister' };
const LULA: EntitySpec = { kind: 'person', name: 'Luiz Inacio Lula da Silva', forms: ['Lula'], country: 'BRA', role: 'President' };
const KISHIDA: EntitySpec = { kind: 'person', name: 'Fumio Kishida', forms: ['Kishida'], country: 'JPN', role: 'Prime Minister' };
const YOON: EntitySpec = { kind: 'person', name: 'Yoon Suk Yeol', forms: ['Yoon'], country: 'KOR', role: 'President' };
const WANG: EntitySpec = { kind: 'person', name: 'Wang Yi', country: 'CHN', role: 'Foreign Minister' };
const BLINKEN: EntitySpec = { kind: 'person', name: 'Antony Blinken', forms: ['Blinken'], country: 'USA', role: 'Secretary of State' };
const RAMAPHOSA: EntitySpec = { kind: 'person', name: 'Cyril Ramaphosa', forms: ['Ramaphosa'], country: 'ZAF', role: 'President' };
const RUTO: EntitySpec = { kind: 'person', name: 'William Ruto', forms: ['Ruto'], country: 'KEN', role: 'President' };
const ALBANESE: EntitySpec = { kind: 'person', name: 'Anthony Albanese', forms: ['Albanese'], country: 'AUS', role: 'Prime Minister' };
const WONG: EntitySpec = { kind: 'person', name: 'Penny Wong', forms: ['Wong'], country: 'AUS', role: 'Foreign Minister' };
const ABBAS: EntitySpec = { kind: 'person', name: 'Mahmoud Abbas', forms: ['Abbas'], country: 'PSE', role: 'President' };
const ABDULLAH: EntitySpec = { kind: 'person', name: 'King Abdullah II', forms: ['King Abdullah'], country: 'JOR', role: 'King' };
const HAMAS: EntitySpec = { kind: 'organization', name: 'Hamas', country: 'PSE' };
const HANIYEH: EntitySpec = { kind: 'person', name: 'Ismail Haniyeh', forms: ['Haniyeh'], country: 'PSE' };
const FIDAN: EntitySpec = { kind: 'person', name: 'Hakan Fidan', forms: ['Fidan'], country: 'TUR', role: 'Foreign Minister' };
const place = (name: string, country: string): EntitySpec => ({ kind: 'location', name, country });

function run(text: string, specs: EntitySpec[], times: { text: string; value: string | null }[] = [], publishedAt = '2024-03-10'): EventRecord[] {
  return (eventsStage.run(makeRecord(text, specs, times, publishedAt), eventsStage.defaults) as ArticleRecord).events!;
}
// One line per event: type, sorted sides, place, date, status, cameo.
const summary = (es: EventRecord[]) =>
  es.map((e) => [e.type, e.participants.map((p) => p.name).sort().join('+'), e.location?.name ?? '-', e.date?.value ?? '-', e.status, e.cameo].join(' | '));

describe('synthetic diplomatic articles', () => {
  it('1. "held talks" with place and date, then an anaphor that adds nothing', () => {
    const text =
      'German Chancellor Olaf Scholz held talks with French President Emmanuel Macron in Paris on Tuesday. ' +
      'The two leaders discussed defence spending and support for Ukraine. ' +
      'The meeting lasted two hours, officials said.';
    const es = run(text, [SCHOLZ, MACRON, place('Paris', 'FRA')], [{ text: 'Tuesday', value: '2024-03-05' }]);
    expect(summary(es)).toEqual(['meeting | Emmanuel Macron+Olaf Scholz | Paris | 2024-03-05 | occurred | 043']);
    expect(es[0].evidence.length).toBe(3);
  });

  it('2. a hosting verb: "hosted X at the palace" is CAMEO 043', () => {
    const text = 'Jordan\'s King Abdullah II hosted Palestinian President Mahmoud Abbas at Al Husseiniya Palace in Amman on Sunday.';
    const es = run(text, [ABDULLAH, ABBAS, place('Amman', 'JOR')], [{ text: 'Sunday', value: '2024-03-10' }]);
    expect(summary(es)).toEqual(['meeting | King Abdullah II+Mahmoud Abbas | Amman | 2024-03-10 | occurred | 043']);
  });

  it('3. a passive: "X was received by Y"', () => {
    const text = 'Kenyan President William Ruto was received by South African President Cyril Ramaphosa in Pretoria on Monday.';
    const es = run(text, [RUTO, RAMAPHOSA, place('Pretoria', 'ZAF')], [{ text: 'Monday', value: '2024-03-04' }]);
    expect(summary(es)).toEqual(['meeting | Cyril Ramaphosa+William Ruto | Pretoria | 2024-03-04 | occurred | 043']);
  });

  it('4. "had a phone conversation" is a call with no place', () => {
    const text = 'Indian Prime Minister Narendra Modi had a phone conversation with Brazilian President Luiz Inacio Lula da Silva on Thursday from New Delhi.';
    const es = run(text, [MODI, LULA, place('New Delhi', 'IND')], [{ text: 'Thursday', value: '2024-03-07' }]);
    expect(summary(es)).toEqual(['phone_call | Luiz Inacio Lula da Silva+Narendra Modi | - | 2024-03-07 | occurred | 041']);
  });

  it('5. "spoke by telephone" with a pronoun subject resolved from the sentence before', () => {
    const text =
      'Japanese Prime Minister Fumio Kishida returned to Tokyo on Friday. ' +
      'He later spoke by telephone with South Korean President Yoon Suk Yeol about North Korea.';
    const es = run(text, [KISHIDA, YOON, place('Tokyo', 'JPN')], [{ text: 'Friday', value: '2024-03-08' }]);
    expect(es.filter((e) => e.type === 'phone_call').map((e) => e.participants.map((p) => p.name).sort().join('+'))).toEqual(['Fumio Kishida+Yoon Suk Yeol']);
  });

  it('6. a visit with several stops: one visit per destination', () => {
    const text = 'US Secretary of State Antony Blinken visited Egypt, Jordan and Qatar last week.';
    const es = run(text, [BLINKEN, place('Egypt', 'EGY'), place('Jordan', 'JOR'), place('Qatar', 'QAT')]);
    expect(summary(es).sort()).toEqual([
      'visit | Antony Blinken | Egypt | - | occurred | 042',
      'visit | Antony Blinken | Jordan | - | occurred | 042',
      'visit | Antony Blinken | Qatar | - | occurred | 042',
    ]);
  });

  it('7. a planned visit: "will travel to" is planned', () => {
    const text = 'Chinese Foreign Minister Wang Yi will travel to Canberra next week for talks with his Australian counterpart Penny Wong.';
    const es = run(text, [WANG, WONG, place('Canberra', 'AUS')]);
    const visit = es.find((e) => e.type === 'visit');
    expect(visit?.location?.name).toBe('Canberra');
    expect(visit?.status).toBe('planned');
    expect(es.every((e) => e.status === 'planned')).toBe(true);
  });

  it('8. a called-off meeting is not emitted', () => {
    const text = 'A planned meeting between Australian Prime Minister Anthony Albanese and Chinese Foreign Minister Wang Yi was cancelled on Monday.';
    expect(run(text, [ALBANESE, WANG], [{ text: 'Monday', value: '2024-03-04' }])).toEqual([]);
  });

  it('9. a denied meeting is not emitted', () => {
    const text = 'Scholz did not meet Macron during the summit, a spokesman said.';
    expect(run(text, [SCHOLZ, MACRON])).toEqual([]);
  });

  it('10. an organization with a country (Hamas) in a third country is CAMEO 044', () => {
    const text = 'Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on Saturday.';
    const es = run(text, [FIDAN, HANIYEH, HAMAS, place('Doha', 'QAT')], [{ text: 'Saturday', value: '2024-03-09' }]);
    expect(summary(es)).toEqual(['meeting | Hakan Fidan+Ismail Haniyeh | Doha | 2024-03-09 | occurred | 044']);
  });

  it('11. a meeting in one side\'s capital without a hosting verb is CAMEO 043', () => {
    const text = 'Blinken met Wang Yi in Beijing on Friday.';
    const es = run(text, [BLINKEN, WANG, place('Beijing', 'CHN')], [{ text: 'Friday', value: '2024-03-08' }]);
    expect(summary(es)).toEqual(['meeting | Antony Blinken+Wang Yi | Beijing | 2024-03-08 | occurred | 043']);
  });

  it('12. "X and Y met on the sidelines of" a gathering in a third place', () => {
    const text = 'Lula and Ramaphosa met on the sidelines of the G20 summit in New Delhi on Saturday.';
    const es = run(text, [LULA, RAMAPHOSA, { kind: 'organization', name: 'G20' }, place('New Delhi', 'IND')], [{ text: 'Saturday', value: '2024-03-09' }]);
    const bilateral = es.filter((e) => e.participants.every((p) => p.kind === 'person'));
    expect(summary(bilateral)).toEqual(['meeting | Cyril Ramaphosa+Luiz Inacio Lula da Silva | New Delhi | 2024-03-09 | occurred | 044']);
  });

  it('13. a hypothetical meeting ("could meet") is not emitted', () => {
    const text = 'Officials said Modi could meet Kishida if the trade dispute is resolved.';
    expect(run(text, [MODI, KISHIDA])).toEqual([]);
  });
  it('14. "Talks between A and B were held in X": "held" of an event noun places it', () => {
    const text = 'Talks between Ruto and Ramaphosa were held in Nairobi on Wednesday.';
    const es = run(text, [RUTO, RAMAPHOSA, place('Nairobi', 'KEN')], [{ text: 'Wednesday', value: '2024-03-06' }]);
    expect(summary(es)).toEqual(['meeting | Cyril Ramaphosa+William Ruto | Nairobi | 2024-03-06 | occurred | 043']);
    // "held in" of a person is still detention, not a place of talks.
    expect(run('Ruto discussed the detainees held in Nairobi with Ramaphosa.', [RUTO, RAMAPHOSA, place('Nairobi', 'KEN')]).map((e) => e.location)).toEqual([null]);
  });

  it('15. a planned meeting taken back by "the meeting was called off" is not emitted', () => {
    const text = 'Macron and Scholz were due to meet in Berlin, but the meeting was called off.';
    expect(run(text, [MACRON, SCHOLZ, place('Berlin', 'DEU')])).toEqual([]);
    // A meeting that took place is not undone by a later cancellation of something else.
    const held = run('Macron met Scholz in Berlin on Monday. The press conference was cancelled.', [MACRON, SCHOLZ, place('Berlin', 'DEU')], [{ text: 'Monday', value: '2024-03-04' }]);
    expect(held).toHaveLength(1);
  });

  it('16. "received a phone call from", "telephoned", "paid an official visit … meeting Y in Z"', () => {
    expect(summary(run('Modi received a phone call from Lula on Tuesday, the Indian foreign ministry said.', [MODI, LULA], [{ text: 'Tuesday', value: '2024-03-05' }]))).toEqual([
      'phone_call | Luiz Inacio Lula da Silva+Narendra Modi | - | 2024-03-05 | occurred | 041',
    ]);
    expect(summary(run('Scholz telephoned Macron on Friday to discuss the crisis.', [SCHOLZ, MACRON], [{ text: 'Friday', value: '2024-03-08' }]))).toEqual([
      'phone_call | Emmanuel Macron+Olaf Scholz | - | 2024-03-08 | occurred | 041',
    ]);
    const es = run('Wang Yi paid an official visit to Australia from March 1 to 3, meeting Wong in Canberra.', [WANG, WONG, place('Australia', 'AUS'), place('Canberra', 'AUS')], [{ text: 'March 1 to 3', value: '2024-03-01' }]);
    expect(summary(es)).toEqual(['visit | Wang Yi | Australia | 2024-03-01 | occurred | 042', 'meeting | Penny Wong+Wang Yi | Canberra | 2024-03-01 | occurred | 043']);
  });

  it('17. "flew to X, where he met Y" and "is in X on a state visit"', () => {
    const es = run('Ruto flew to Addis Ababa on Sunday, where he met Ramaphosa on the margins of the summit.', [RUTO, RAMAPHOSA, place('Addis Ababa', 'ETH')], [{ text: 'Sunday', value: '2024-03-03' }]);
    expect(summary(es)).toEqual(['visit | William Ruto | Addis Ababa | 2024-03-03 | occurred | 042', 'meeting | Cyril Ramaphosa+William Ruto | Addis Ababa | 2024-03-03 | occurred | 044']);
    expect(summary(run('Ramaphosa is in Moscow on a two-day state visit.', [RAMAPHOSA, place('Moscow', 'RUS')]))).toEqual(['visit | Cyril Ramaphosa | Moscow | - | occurred | 042']);
  });

  it('18. planned hosting and negated meetings', () => {
    expect(summary(run('Lula will host Scholz in Brasilia in May, officials said.', [LULA, SCHOLZ, place('Brasilia', 'BRA')], [{ text: 'May', value: '2024-05' }]))).toEqual([
      'meeting | Luiz Inacio Lula da Silva+Olaf Scholz | Brasilia | 2024-05 | planned | 043',
    ]);
    expect(run('Scholz has never met Ruto.', [SCHOLZ, RUTO])).toEqual([]);
    expect(run('The visit by Ramaphosa to Brasilia, originally set for April, has been postponed.', [RAMAPHOSA, place('Brasilia', 'BRA')])).toEqual([]);
  });
});

describe('CAMEO for a side known by its organization', () => {
  const DARWISH: EntitySpec = { kind: 'person', name: 'Muhammad Darwish', forms: ['Darwish'] };
  const SHURA: EntitySpec = { kind: 'organization', name: 'Hamas Shura Council' };
  it('a countryless Hamas official met in a third country is 044, at the other side\'s home 043', () => {
    const specs = [FIDAN, DARWISH, HAMAS, SHURA, place('Doha', 'QAT'), place('Ankara', 'TUR')];
    expect(summary(run('Fidan met Hamas Shura Council Chairman Muhammad Darwish in Doha.', specs))).toEqual(['meeting | Hakan Fidan+Muhammad Darwish | Doha | - | occurred | 044']);
    expect(summary(run('Fidan met Muhammad Darwish, head of Hamas, in Ankara.', specs))).toEqual(['meeting | Hakan Fidan+Muhammad Darwish | Ankara | - | occurred | 043']);
    // An organization merely named in the sentence gives no home: unknown side, plain 040.
    expect(summary(run('Fidan met Muhammad Darwish in Doha. Hamas said nothing.', specs))).toEqual(['meeting | Hakan Fidan+Muhammad Darwish | Doha | - | occurred | 040']);
  });
});

describe('delegates from several states', () => {
  it('"ministers from A, B and C joined X for the Istanbul meeting" is its own multilateral meeting, and a bilateral on its margins takes its place', () => {
    const MIRZOYAN: EntitySpec = { kind: 'person', name: 'Ararat Mirzoyan', forms: ['Mirzoyan'], country: 'ARM', role: 'Foreign Minister' };
    const text =
      'Fidan separately met with Armenian Foreign Minister Ararat Mirzoyan on Friday. ' +
      'Foreign ministers from Azerbaijan, Armenia, Iran, and Russia joined Fidan for the Istanbul meeting.';
    const specs = [FIDAN, MIRZOYAN, place('Azerbaijan', 'AZE'), place('Armenia', 'ARM'), place('Iran', 'IRN'), place('Russia', 'RUS'), place('Istanbul', 'TUR')];
    const es = run(text, specs, [{ text: 'Friday', value: '2024-03-08' }]);
    expect(es.map((e) => [e.participants.map((p) => p.name).sort().join('+'), e.location?.name ?? '-'])).toEqual([
      ['Ararat Mirzoyan+Hakan Fidan', 'Istanbul'],
      ['Armenia+Azerbaijan+Hakan Fidan+Iran+Russia', 'Istanbul'],
    ]);
  });
});

