// Summit and sidelines classes found on a fresh tuning set (rule 17 of the README), each checked on
// sentences written for these tests, with the look-alike that must not change.
import { describe, expect, it } from 'vitest';
import { type EntitySpec, eventsOf, person, place, org, summary } from './testRecord.ts';


const run = (text: string, specs: EntitySpec[], times: { text: string; value: string | null }[] = [], publishedAt: string | null = '2024-09-10') =>
  eventsOf(text, specs, times, publishedAt);

const A = person('Lena Roth', ['Roth'], 'AUT', 'Chancellor');
const B = person('Ivo Kral', ['Kral'], 'CZE', 'Prime Minister');
const C = person('Rui Costa', ['Costa'], 'PRT', 'President');
const ASEAN = org('ASEAN');

describe('sideline meetings are in the town of the summit told before them', () => {
  const summit = 'Leaders opened the ASEAN summit in Vientiane on Monday.';
  const mon = { text: 'Monday', value: '2024-09-09' };

  it('"On the sidelines, A met B" takes the summit town', () => {
    const es = run(`${summit} On the sidelines, Roth met with Kral to discuss trade.`, [A, B, ASEAN, place('Vientiane')], [mon]);
    expect(summary(es)).toContain('meeting | Ivo Kral+Lena Roth | Vientiane | - | occurred');
  });

  it('"are due to meet on the sidelines on Tuesday" and "on the margins of the summit" too', () => {
    const tue = { text: 'Tuesday', value: '2024-09-10' };
    const s1 = summary(run(`${summit} Roth and Kral are due to meet on the sidelines on Tuesday.`, [A, B, ASEAN, place('Vientiane')], [mon, tue]));
    expect(s1).toContain('meeting | Ivo Kral+Lena Roth | Vientiane | 2024-09-10 | planned');
    const s2 = summary(run(`${summit} On the margins of the summit, Costa held talks with Kral at the residence of the Portuguese ambassador.`, [C, B, ASEAN, place('Vientiane')], [mon]));
    expect(s2).toContain('meeting | Ivo Kral+Rui Costa | Vientiane | - | occurred');
  });

  it('a meeting not told as on the sidelines, or one with a town of its own, keeps its own place', () => {
    const s1 = summary(run(`${summit} Roth met with Kral to discuss trade.`, [A, B, ASEAN, place('Vientiane')], [mon]));
    expect(s1).toContain('meeting | Ivo Kral+Lena Roth | - | - | occurred');
    const s2 = summary(run(`${summit} On the sidelines of a forum in Hanoi, Roth met with Kral.`, [A, B, ASEAN, place('Vientiane'), place('Hanoi')], [mon]));
    expect(s2).toContain('meeting | Ivo Kral+Lena Roth | Hanoi | - | occurred');
  });

  it('with no gathering told before, "on the sidelines" places nothing', () => {
    expect(summary(run('On the sidelines, Roth met with Kral to discuss trade.', [A, B]))).toEqual(['meeting | Ivo Kral+Lena Roth | - | - | occurred']);
  });
});

describe('a place after "after/before the ... talks" belongs to that other gathering', () => {
  it('"held talks on Friday, focusing on X after the COP talks in Y" is not placed in Y', () => {
    const fri = { text: 'Friday', value: '2024-09-06' };
    expect(summary(run('Roth and Kral held talks on Friday, focusing on climate finance after the COP29 talks in Baku.', [A, B, place('Baku')], [fri]))).toEqual([
      'meeting | Ivo Kral+Lena Roth | - | 2024-09-06 | occurred',
    ]);
    expect(summary(run('Roth met Kral in Vienna on Friday ahead of the summit in Baku.', [A, B, place('Vienna'), place('Baku')], [fri]))).toEqual([
      'meeting | Ivo Kral+Lena Roth | Vienna | 2024-09-06 | occurred',
    ]);
  });

  it('"talks were held in X" still places the talks', () => {
    expect(summary(run('Talks between Roth and Kral were held in Baku.', [A, B, place('Baku')]))).toEqual(['meeting | Ivo Kral+Lena Roth | Baku | - | occurred']);
  });
});

describe('arrivals and denials', () => {
  it('"who flew into X on Thursday" is a visit to X', () => {
    const thu = { text: 'Thursday', value: '2024-09-05' };
    expect(summary(run('Roth, who flew into Prague on Thursday, praised the deal.', [A, place('Prague')], [thu]))).toContain('visit | Lena Roth | Prague | 2024-09-05 | occurred');
    expect(summary(run('Kral flies into Lisbon on Thursday for two days of talks.', [B, place('Lisbon')], [thu]))).toContain('visit | Ivo Kral | Lisbon | 2024-09-05 | occurred');
  });

  it('"had no meeting planned with X", "held no talks with X" are no events; "had a meeting with X" is', () => {
    expect(summary(run('Roth, who arrived in Prague on Friday, had no meeting planned with Kral, a spokesman said.', [A, B, place('Prague')]))).not.toContain('meeting | Ivo Kral+Lena Roth | - | - | occurred');
    expect(summary(run('Roth held no talks with Kral during the trip.', [A, B])).filter((x) => x.startsWith('meeting'))).toEqual([]);
    expect(summary(run('Roth had a meeting with Kral in Prague.', [A, B, place('Prague')]))).toEqual(['meeting | Ivo Kral+Lena Roth | Prague | - | occurred']);
  });
});

describe('the people "attending the summit" just told are its attendees', () => {
  const D = person('Omar Haddad', ['Haddad'], 'JOR', 'King');
  const MERCOSUR = org('Mercosur');
  const mon = { text: 'Monday', value: '2024-09-09' };

  it('"A, B and C were among those attending the two-day meeting" joins the summit told before; a later pair of them stays its own meeting', () => {
    const text = 'World leaders opened the ASEAN summit in Vientiane on Monday. Roth, Kral and Costa were among those attending the two-day meeting at the convention centre. Roth and Kral held talks on Sunday evening.';
    const s = summary(run(text, [A, B, C, ASEAN, place('Vientiane')], [mon, { text: 'Sunday', value: '2024-09-08' }]));
    expect(s).toContain('meeting | ASEAN+Ivo Kral+Lena Roth+Rui Costa | Vientiane | 2024-09-09 | occurred');
    expect(s).toContain('meeting | Ivo Kral+Lena Roth | - | 2024-09-08 | occurred');
  });

  it('"Leaders of the X bloc closed their summit in T on Monday. The summit, hosted by A, brought together B, C and D"', () => {
    const text = 'Leaders of the Mercosur bloc closed their summit in Asunción on Monday with a joint statement. The summit, hosted by Costa, brought together Roth, Kral and Haddad.';
    expect(summary(run(text, [A, B, C, D, MERCOSUR, place('Asunción')], [mon]))).toEqual(['meeting | Ivo Kral+Lena Roth+Mercosur+Omar Haddad+Rui Costa | Asunción | 2024-09-09 | occurred']);
  });

  it('a meeting of three with no summit told before, or with another date, stays its own', () => {
    const s1 = summary(run('Roth, Kral and Costa attended the meeting in Vienna on Monday.', [A, B, C, place('Vienna')], [mon]));
    expect(s1).toEqual(['meeting | Ivo Kral+Lena Roth+Rui Costa | Vienna | 2024-09-09 | occurred']);
    const text = 'World leaders opened the ASEAN summit in Vientiane on Monday. Roth, Kral and Costa held a meeting in Vienna on 2 August.';
    const s2 = summary(run(text, [A, B, C, ASEAN, place('Vientiane'), place('Vienna')], [mon, { text: '2 August', value: '2024-08-02' }]));
    expect(s2).toContain('meeting | Ivo Kral+Lena Roth+Rui Costa | Vienna | 2024-08-02 | occurred');
  });
});

describe('gatherings of different organizations stay apart; a summit named again is the one told', () => {
  const BRICS = org('BRICS');
  const G7 = org('G7');
  const mon = { text: 'Monday', value: '2024-09-09' };

  it('"attended the BRICS summit, also in T" is not the G7 summit told in T', () => {
    const text = 'Leaders opened the G7 summit in Vientiane on Monday. Roth, Kral and Costa were among those attending the meeting. Roth last visited Laos in August 2023, when she attended the BRICS summit, also in Vientiane.';
    const s = summary(run(text, [A, B, C, G7, BRICS, place('Vientiane'), place('Laos')], [mon, { text: 'August 2023', value: '2023-08' }]));
    expect(s).toContain('meeting | G7+Ivo Kral+Lena Roth+Rui Costa | Vientiane | 2024-09-09 | occurred');
    expect(s.some((x) => x.startsWith('meeting | BRICS+Lena Roth | Vientiane'))).toBe(true);
  });

  it('"On the sidelines of the summit, A met B" adds no second summit, and the pair meets in its town', () => {
    const text = 'Leaders of the ASEAN bloc closed their summit in Vientiane on Monday. On the sidelines of the summit, Roth met Kral at the residence of the ambassador.';
    const s = summary(run(text, [A, B, ASEAN, place('Vientiane')], [mon]));
    expect(s.filter((x) => x.includes('ASEAN'))).toHaveLength(1);
    expect(s).toContain('meeting | Ivo Kral+Lena Roth | Vientiane | - | occurred');
  });

  it('a summit the lede opens with, attended by people it names, is main news', () => {
    const text = 'World leaders opened the ASEAN summit in Vientiane on Monday. Roth, Kral and Costa were among those attending the two-day meeting.';
    const es = run(text, [A, B, C, ASEAN, place('Vientiane')], [mon]);
    expect(es.find((e) => e.participants.some((p) => p.name === 'ASEAN'))?.salience).toBe('main');
  });
});

describe('a planned bare weekday resolved before publication is the next such weekday', () => {
  it('"will hold a meeting on Sunday" published on a Tuesday is the Sunday after', () => {
    // 2024-09-10 is a Tuesday; the time stage's past default gives the Sunday before.
    const text = 'Leaders opened the ASEAN summit in Vientiane on Monday. Roth and Kral will also hold a meeting on Sunday, officials said.';
    const s = summary(run(text, [A, B, ASEAN, place('Vientiane')], [{ text: 'Monday', value: '2024-09-09' }, { text: 'Sunday', value: '2024-09-08' }]));
    expect(s).toContain('meeting | Ivo Kral+Lena Roth | - | 2024-09-15 | planned');
  });

  it('a story told before its publication keeps its weekdays; a past meeting on Sunday and a full date are kept as told', () => {
    const text = 'Roth arrived in Vienna on Thursday. Roth is due to meet Kral on Saturday.';
    const s0 = summary(run(text, [A, B, place('Vienna')], [{ text: 'Thursday', value: '2024-09-05' }, { text: 'Saturday', value: '2024-09-07' }]));
    expect(s0).toContain('meeting | Ivo Kral+Lena Roth | Vienna | 2024-09-07 | planned');
    expect(summary(run('Roth and Kral held a meeting on Sunday.', [A, B], [{ text: 'Sunday', value: '2024-09-08' }]))).toEqual(['meeting | Ivo Kral+Lena Roth | - | 2024-09-08 | occurred']);
    expect(summary(run('Roth and Kral will meet on 12 September.', [A, B], [{ text: '12 September', value: '2024-09-12' }]))).toEqual(['meeting | Ivo Kral+Lena Roth | - | 2024-09-12 | planned']);
  });
});

describe('an undated summit in the lede stays background', () => {
  it('"met on the sidelines of the ASEAN summit in Vientiane" keeps the summit as the setting', () => {
    const text = 'Roth and Kral met on the sidelines of the ASEAN summit in Vientiane, where Costa also attended the summit. Roth and Kral discussed trade.';
    const es = run(text, [A, B, C, ASEAN, place('Vientiane')]);
    const summit = es.find((e) => e.participants.some((p) => p.name === 'ASEAN'));
    expect(summit?.salience ?? 'background').toBe('background');
  });
});
