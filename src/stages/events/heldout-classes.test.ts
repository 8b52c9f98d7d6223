// The error classes found on the held-out articles (fixtures/heldout), each checked on sentences
// written for these tests (other actors, other places), with the look-alike that must not change.
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, EventRecord } from '../../pipeline/types.ts';
import { eventsStage } from './index.ts';
import { type EntitySpec, makeRecord } from './testRecord.ts';

const person = (name: string, forms: string[], country?: string, role?: string): EntitySpec => ({ kind: 'person', name, forms, country, role });
const place = (name: string, country?: string): EntitySpec => ({ kind: 'location', name, country });
const org = (name: string, forms: string[] = []): EntitySpec => ({ kind: 'organization', name, forms });

function run(text: string, specs: EntitySpec[], times: { text: string; value: string | null }[] = [], publishedAt: string | null = '2024-09-12'): EventRecord[] {
  return (eventsStage.run(makeRecord(text, specs, times, publishedAt), eventsStage.defaults) as ArticleRecord).events!;
}
const line = (e: EventRecord) => [e.type, e.participants.map((p) => p.name).sort().join('+'), e.location?.name ?? '-', e.date?.value ?? '-', e.status].join(' | ');
const summary = (es: EventRecord[]) => es.map(line);

describe('group nouns: which pair "the two presidents" means', () => {
  const VP = person('Lucia Ferro', ['Ferro'], 'ITA', 'Vice President');
  const KIM = person('Anna Kim', ['Kim'], 'KOR', 'President');
  const ORTEGA = person('Jorge Ortega', ['Ortega'], 'CHL', 'President');

  it('an office noun picks the pair that holds it, not the article\'s first pair', () => {
    const text =
      'Vice President Lucia Ferro met President Anna Kim in Seoul on Tuesday. ' +
      'Kim and Chilean President Jorge Ortega are expected to meet in Santiago next month. ' +
      'The two presidents last met in Lima on August 30.';
    const es = run(text, [VP, KIM, ORTEGA, place('Seoul'), place('Santiago'), place('Lima')], [
      { text: 'Tuesday', value: '2024-09-10' },
      { text: 'next month', value: '2024-10' },
      { text: 'August 30', value: '2024-08-30' },
    ]);
    expect(summary(es)).toContain('meeting | Anna Kim+Jorge Ortega | Lima | 2024-08-30 | occurred');
    expect(summary(es)).not.toContain('meeting | Anna Kim+Lucia Ferro | Lima | 2024-08-30 | occurred');
  });

  it('a group mention with a date of its own is another meeting of the pair', () => {
    const A = person('Tomas Varga', ['Varga'], 'HUN', 'Defence Minister');
    const B = person('Milan Novak', ['Novak'], 'SVK');
    const text = 'Defence Minister Tomas Varga hosted his Slovak counterpart Milan Novak in Budapest on Tuesday. The two ministers last met in Bratislava in March.';
    const es = run(text, [A, B, place('Budapest'), place('Bratislava')], [
      { text: 'Tuesday', value: '2024-09-10' },
      { text: 'March', value: '2024-03' },
    ]);
    expect(summary(es)).toEqual([
      'meeting | Milan Novak+Tomas Varga | Budapest | 2024-09-10 | occurred',
      'meeting | Milan Novak+Tomas Varga | Bratislava | 2024-03 | occurred',
    ]);
  });

  it('a called-off meeting still introduces the pair that "the two leaders" means', () => {
    const P = person('Elin Berg', ['Berg'], 'NOR', 'Prime Minister');
    const Q = person('Juhani Aalto', ['Aalto'], 'FIN', 'President');
    const R = person('Marta Silva', ['Silva'], 'IGO', 'envoy');
    const text =
      'A meeting between Prime Minister Elin Berg and President Juhani Aalto in Geneva on Friday was called off. ' +
      'Berg met the envoy Marta Silva instead. ' +
      'The last time the two leaders met face to face was in Vienna in May 2022.';
    const es = run(text, [P, Q, R, place('Geneva'), place('Vienna')], [
      { text: 'Friday', value: '2024-09-06' },
      { text: 'May 2022', value: '2022-05' },
    ]);
    expect(summary(es)).toEqual(['meeting | Elin Berg+Marta Silva | - | - | occurred', 'meeting | Elin Berg+Juhani Aalto | Vienna | 2022-05 | occurred']);
  });

  it('"met face to face" meets someone, "met resistance" does not', () => {
    const A = person('Rosa Quispe', ['Quispe'], 'PER');
    const B = person('Diego Rojas', ['Rojas'], 'BOL');
    expect(run('Quispe and Rojas met face to face in La Paz.', [A, B, place('La Paz')]).length).toBe(1);
    expect(run('Quispe and Rojas met resistance in La Paz.', [A, B, place('La Paz')]).length).toBe(0);
  });
});

describe('"his <demonym> counterpart" is the peer in the same office', () => {
  it('prefers the foreign minister over an ambassador or monarch of that country', () => {
    const MUDAVADI = person('Musalia Mudavadi', ['Mudavadi'], 'KEN', 'Foreign Minister');
    const ABLAKWA = person('Samuel Ablakwa', ['Ablakwa'], undefined, 'Minister of Foreign Affairs');
    const ENVOY = person('Jane Wambui', ['Wambui'], 'GHA');
    const text =
      "Kenya's Foreign Minister Musalia Mudavadi received Ghana's Minister of Foreign Affairs Samuel Ablakwa in Nairobi on Tuesday. " +
      "The meeting was attended by Kenya's Ambassador to Ghana Jane Wambui. " +
      'Later on Tuesday, Mudavadi held talks with his Ghanaian counterpart at the ministry.';
    const es = run(text, [MUDAVADI, ABLAKWA, ENVOY, place('Nairobi')], [{ text: 'Tuesday', value: '2024-09-10' }]);
    expect(es.every((e) => !e.participants.some((p) => p.name === 'Jane Wambui'))).toBe(true);
    expect(summary(es)[0]).toBe('meeting | Musalia Mudavadi+Samuel Ablakwa | Nairobi | 2024-09-10 | occurred');
  });
});

describe('an event noun governed by "preparations for" has sides of its own', () => {
  const A = person('Amina Odhiambo', ['Odhiambo'], 'KEN', 'Foreign Minister');
  const B = person('Peter Okello', ['Okello'], 'UGA', 'Foreign Minister');

  it('a joint commission named by two demonyms meets as the two states, where its relative clause says', () => {
    const text =
      'Foreign Minister Amina Odhiambo met her Ugandan counterpart Peter Okello in Nairobi on Tuesday. ' +
      'The two ministers also discussed preparations for the next meeting of the Kenyan-Ugandan Joint Commission, which is scheduled to be held in Kampala in November.';
    const es = run(text, [A, B, place('Nairobi'), place('Kampala'), org('Kenyan-Ugandan Joint Commission')], [
      { text: 'Tuesday', value: '2024-09-10' },
      { text: 'November', value: '2024-11' },
    ]);
    expect(summary(es)).toEqual(['meeting | Amina Odhiambo+Peter Okello | Nairobi | 2024-09-10 | occurred', 'meeting | Kenya+Uganda | Kampala | 2024-11 | planned']);
  });

  it('a relative clause about something else gives the noun no place', () => {
    const text = 'Odhiambo met Okello in Nairobi on Tuesday, which was held to be a sign of warming ties in Kampala.';
    const es = run(text, [A, B, place('Nairobi'), place('Kampala')], [{ text: 'Tuesday', value: '2024-09-10' }]);
    expect(summary(es)).toEqual(['meeting | Amina Odhiambo+Peter Okello | Nairobi | 2024-09-10 | occurred']);
  });
});

describe('a "when" clause hangs on the time of the clause before it', () => {
  const A = person('Ivan Petrov', ['Petrov'], 'BGR', 'Foreign Minister');
  const B = person('Ana Popescu', ['Popescu'], 'ROU', 'President');
  it('"visited Bucharest in June, when he met X" dates the meeting in June', () => {
    const es = run('Petrov visited Bucharest in June, when he met President Ana Popescu.', [A, B, place('Bucharest', 'ROU')], [{ text: 'June', value: '2024-06' }]);
    expect(summary(es)).toContain('meeting | Ana Popescu+Ivan Petrov | Bucharest | 2024-06 | occurred');
  });
  it('an upcoming event noun in the "when" clause takes no time from it', () => {
    const es = run('Petrov and Popescu spoke by phone on Monday, when they discussed the upcoming Bulgarian-Romanian summit.', [A, B], [{ text: 'Monday', value: '2024-09-09' }]);
    expect(es.find((e) => e.status === 'planned')?.date ?? null).toBeNull();
  });
});
