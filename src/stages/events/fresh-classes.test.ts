// Error classes found on fresh (untuned) articles, each checked on sentences written for these
// tests, with the look-alike that must not change.
import { describe, expect, it } from 'vitest';
import { type EntitySpec, eventsOf, person, place, summary } from './testRecord.ts';


const run = (text: string, specs: EntitySpec[], times: { text: string; value: string | null }[] = [], publishedAt: string | null = '2024-09-10') =>
  eventsOf(text, specs, times, publishedAt);

describe('"before/after + V-ing": a second action with its own place and time', () => {
  const A = person('Lena Roth', ['Roth'], 'AUT', 'Foreign Minister');
  const B = person('Ivo Kral', ['Kral'], 'CZE', 'Prime Minister');

  it('the trip after "before heading to" neither places the meeting nor takes its day', () => {
    const text = 'Roth is also expected to meet Czech Prime Minister Ivo Kral on Thursday before heading to Bratislava for talks with Slovak officials.';
    const es = run(text, [A, B, place('Bratislava')], [{ text: 'Thursday', value: '2024-09-12' }]);
    const s = summary(es);
    expect(s).toContain('meeting | Ivo Kral+Lena Roth | - | 2024-09-12 | planned');
    expect(s).toContain('visit | Lena Roth | Bratislava | - | planned');
  });

  it('"after visiting X" keeps its own place; the main verb keeps its day', () => {
    const text = 'Foreign Minister Lena Roth met Ivo Kral in Prague on Monday after touring Brno with business leaders.';
    const es = run(text, [A, B, place('Prague'), place('Brno')], [{ text: 'Monday', value: '2024-09-09' }]);
    expect(summary(es)).toContain('meeting | Ivo Kral+Lena Roth | Prague | 2024-09-09 | occurred');
  });

  it('"before flying on to X" after a past meeting: the trip is the next stop, the meeting keeps its place', () => {
    const text = 'Kral met Foreign Minister Lena Roth in Vienna on Monday before flying on to Ljubljana.';
    const es = run(text, [A, B, place('Vienna'), place('Ljubljana')], [{ text: 'Monday', value: '2024-09-09' }]);
    const s = summary(es);
    expect(s).toContain('meeting | Ivo Kral+Lena Roth | Vienna | 2024-09-09 | occurred');
    expect(s.some((x) => x.startsWith('visit | Ivo Kral | Ljubljana | 2024-09-09'))).toBe(false);
  });

  it('"talks on boosting trade" is a topic, not a second action', () => {
    const text = 'Roth held talks on boosting trade with Ivo Kral in Prague on Monday.';
    const es = run(text, [A, B, place('Prague')], [{ text: 'Monday', value: '2024-09-09' }]);
    expect(summary(es)).toEqual(['meeting | Ivo Kral+Lena Roth | Prague | 2024-09-09 | occurred']);
  });
});

describe('a known venue stands for its city', () => {
  const A = person('Rui Costa', ['Costa'], 'PRT', 'President');
  const B = person('Ana Lima', ['Lima'], 'BRA', 'President');
  const C = person('Oleg Petrov', ['Petrov'], 'RUS', 'President');
  const KREMLIN = { kind: 'organization' as const, name: 'Kremlin', forms: [] };

  it('"at the Planalto Palace" is Brasília, "in the Kremlin" Moscow (also when the Kremlin is tagged as the government)', () => {
    expect(summary(run('Costa met Ana Lima at the Planalto Palace on Monday.', [A, B], [{ text: 'Monday', value: '2024-09-09' }]))).toEqual([
      'meeting | Ana Lima+Rui Costa | Brasília | 2024-09-09 | occurred',
    ]);
    expect(summary(run('Oleg Petrov received Costa in the Kremlin on Monday.', [A, C, KREMLIN], [{ text: 'Monday', value: '2024-09-09' }]))).toEqual([
      'meeting | Oleg Petrov+Rui Costa | Moscow | 2024-09-09 | occurred',
    ]);
  });

  it('"talks at Zhongnanhai", "at Hyderabad House" name the city; a generic palace stays as told', () => {
    const X = person('Li Wen', ['Li'], 'CHN', 'Premier');
    expect(summary(run('Costa held talks with Li Wen at Zhongnanhai.', [A, X]))).toEqual(['meeting | Li Wen+Rui Costa | Beijing | - | occurred']);
    expect(summary(run('Costa held talks with Li Wen at the Presidential Palace.', [A, X]))).toEqual(['meeting | Li Wen+Rui Costa | Presidential Palace | - | occurred']);
  });
});

describe('"the Kingdom", "the Sultanate": the state of that style placed before', () => {
  const A = person('Omar Haddad', ['Haddad'], 'OMN', 'Foreign Minister');
  const B = person('Karin Dahl', ['Dahl'], 'NOR', 'Foreign Minister');

  it('a visit "to the Sultanate" after a meeting in Muscat is a visit to Oman', () => {
    const text = 'Haddad received Karin Dahl in Muscat on Sunday. Dahl is on a two-day visit to the Sultanate.';
    const s = summary(run(text, [A, B, place('Muscat', 'OMN')], [{ text: 'Sunday', value: '2024-09-08' }]));
    expect(s).toContain('visit | Karin Dahl | Oman | - | occurred');
  });

  it('a kingdom is not taken from a republic named before it', () => {
    const text = 'Dahl met Haddad in Paris on Sunday. Dahl is on a two-day visit to the Kingdom.';
    const s = summary(run(text, [A, B, place('Paris', 'FRA')], [{ text: 'Sunday', value: '2024-09-08' }]));
    expect(s.some((x) => x.startsWith('visit | Karin Dahl | France'))).toBe(false);
  });
});

describe('a fronted "In X," sets the place of its clause', () => {
  const A = person('Hana Novak', ['Novak'], 'CZE', 'Foreign Minister');
  const B = person('Luis Vega', ['Vega'], 'CHL', 'Foreign Minister');

  it('a later "in Y" inside the topic of the talks is not the place', () => {
    const text = 'In Santiago, Novak will meet her Chilean counterpart Luis Vega on Monday for talks on lithium, the climate summit in Valparaíso and trade.';
    const s = summary(run(text, [A, B, place('Santiago'), place('Valparaíso')], [{ text: 'Monday', value: '2024-09-16' }]));
    expect(s).toEqual(['meeting | Hana Novak+Luis Vega | Santiago | 2024-09-16 | planned']);
  });

  it('without a fronted place, the place after the trigger still counts', () => {
    const text = 'On Monday, Novak met Luis Vega in Valparaíso.';
    const s = summary(run(text, [A, B, place('Valparaíso')], [{ text: 'Monday', value: '2024-09-09' }]));
    expect(s).toEqual(['meeting | Hana Novak+Luis Vega | Valparaíso | 2024-09-09 | occurred']);
  });
});

describe('a trip announced as a list of countries, then told leg by leg', () => {
  const A = person('Eva Lund', ['Lund'], 'SWE', 'Foreign Minister');
  const B = person('Jorge Paz', ['Paz'], 'PER', 'Foreign Minister');
  const C = person('Rosa Vidal', ['Vidal'], 'COL', 'Foreign Minister');
  const times = [
    { text: '3 March', value: '2025-03-03' },
    { text: '7 March', value: '2025-03-07' },
  ];

  it('each country is the visit to its town; the range starts the first leg only', () => {
    const text =
      'Foreign Minister Eva Lund will travel to Peru and Colombia from 3 March to 7 March. ' +
      'In Lima, Lund will hold talks with her counterpart Jorge Paz. ' +
      'Lund will then fly on to Bogotá, where she will meet Rosa Vidal.';
    const s = summary(run(text, [A, B, C, place('Lima', 'PER'), place('Bogotá', 'COL'), place('Peru'), place('Colombia')], times, '2025-02-20'));
    expect(s).toContain('visit | Eva Lund | Lima | 2025-03-03 | planned');
    expect(s).toContain('visit | Eva Lund | Bogotá | - | planned');
    expect(s.filter((x) => x.startsWith('visit'))).toHaveLength(2);
  });

  it('a single-country visit keeps its country and its date', () => {
    const text = 'Foreign Minister Eva Lund will travel to Peru from 3 March to 7 March. She will hold talks with Jorge Paz in Lima.';
    const s = summary(run(text, [A, B, place('Lima', 'PER'), place('Peru')], times, '2025-02-20'));
    expect(s).toContain('visit | Eva Lund | Peru | 2025-03-03 | planned');
  });
});

describe('"It will be the X\'s first trip to Y" describes the trip just told', () => {
  const A = person('Eva Lund', ['Lund'], 'SWE', 'Foreign Minister');
  const B = person('Jorge Paz', ['Paz'], 'PER', 'Foreign Minister');

  it('adds no visit after the trip was told, whoever the possessor resolves to', () => {
    const text = 'Foreign Minister Eva Lund will travel to Lima on Monday. She will hold talks with Foreign Minister Jorge Paz. It will be the Foreign Minister\'s first trip to South America.';
    const s = summary(run(text, [A, B, place('Lima')], [{ text: 'Monday', value: '2025-03-03' }], '2025-02-27'));
    expect(s.filter((x) => x.startsWith('visit'))).toEqual(['visit | Eva Lund | Lima | 2025-03-03 | planned']);
  });

  it('with no trip told before, "This is Lund\'s first visit to Peru" is the visit', () => {
    const text = 'This is Lund\'s first visit to Peru since 2019.';
    const s = summary(run(text, [A, place('Peru')], [{ text: '2019', value: '2019' }]));
    expect(s.some((x) => x.startsWith('visit | Eva Lund | Peru'))).toBe(true);
  });
});

describe('a weekday told after a trip with a date range falls inside the trip', () => {
  const A = person('Eva Lund', ['Lund'], 'SWE', 'Foreign Minister');
  const B = person('Jorge Paz', ['Paz'], 'PER', 'Foreign Minister');
  // Published Thursday 2025-02-20; the trip runs Monday 3 to Friday 7 March.
  const times = [
    { text: '3 March', value: '2025-03-03' },
    { text: '7 March', value: '2025-03-07' },
    { text: 'Wednesday', value: '2025-02-26' },
  ];

  it('"on Wednesday" after "from 3 March to 7 March" is 5 March', () => {
    const text = 'Foreign Minister Eva Lund will travel to Lima from 3 March to 7 March. She will hold talks with Foreign Minister Jorge Paz on Wednesday.';
    const s = summary(run(text, [A, B, place('Lima')], times, '2025-02-20'));
    expect(s).toContain('meeting | Eva Lund+Jorge Paz | Lima | 2025-03-05 | planned');
  });

  it('a meeting told before the trip in its sentence keeps the first Wednesday', () => {
    const text = 'Lund will meet Jorge Paz on Wednesday before travelling to Lima from 3 March to 7 March.';
    const s = summary(run(text, [A, B, place('Lima')], times, '2025-02-20'));
    expect(s.some((x) => x.startsWith('meeting | Eva Lund+Jorge Paz') && x.includes('2025-02-26'))).toBe(true);
  });
});

describe('unnamed delegates of the people named meet for their states', () => {
  const A = person('Amara Diallo', ['Diallo'], 'SEN', 'President');
  const B = person('Kofi Mensah', ['Mensah'], 'GHA', 'President');
  const SEN = place('Senegal');
  const GHA = place('Ghana');

  it('"agreed that their foreign ministers would meet in X" is a meeting of the two states', () => {
    const text = 'Senegal and Ghana are neighbours. Diallo and Kofi Mensah agreed that their foreign ministers would meet in Accra next week.';
    const s = summary(run(text, [A, B, SEN, GHA, place('Accra')], [{ text: 'next week', value: null }]));
    expect(s).toEqual(['meeting | Ghana+Senegal | Accra | - | planned']);
  });

  it('"the two sides\' negotiators met" likewise; the leaders meeting themselves stay the sides', () => {
    const t1 = 'Diallo and Kofi Mensah said the two sides\' negotiators met in Dakar on Monday.';
    expect(summary(run(t1, [A, B, SEN, GHA, place('Dakar')], [{ text: 'Monday', value: '2024-09-09' }]))).toEqual(['meeting | Ghana+Senegal | Dakar | 2024-09-09 | occurred']);
    const t2 = 'Diallo and Kofi Mensah met in Dakar on Monday with their foreign ministers.';
    expect(summary(run(t2, [A, B, SEN, GHA, place('Dakar')], [{ text: 'Monday', value: '2024-09-09' }]))).toEqual(['meeting | Amara Diallo+Kofi Mensah | Dakar | 2024-09-09 | occurred']);
  });
});

describe('summit attendees', () => {
  const A = person('Ana Lima', ['Lima'], 'BRA', 'President');
  const B = person('Jose Ruiz', ['Ruiz'], 'ARG', 'President');
  const C = person('Pedro Sosa', ['Sosa'], 'URY', 'President');
  const ORG = { kind: 'organization' as const, name: 'Pacific Islands Forum', forms: [] };
  const MON = [{ text: 'Monday', value: '2024-09-09' }];

  it('"was attended by A, B and C" after the summit\'s place and time gives its attendees', () => {
    const text = 'The Pacific Islands Forum summit in Suva on Monday was attended by Ana Lima, Jose Ruiz and Pedro Sosa.';
    expect(summary(run(text, [A, B, C, ORG, place('Suva')], MON))).toEqual(['meeting | Ana Lima+Jose Ruiz+Pacific Islands Forum+Pedro Sosa | Suva | 2024-09-09 | occurred']);
  });

  it('"leaders of X, Y and Z gathered in T for the summit": the states attend', () => {
    const text = 'Leaders of Brazil, Argentina and Uruguay gathered in Suva on Monday for the Pacific Islands Forum summit.';
    expect(summary(run(text, [ORG, place('Brazil'), place('Argentina'), place('Uruguay'), place('Suva')], MON))).toEqual([
      'meeting | Argentina+Brazil+Pacific Islands Forum+Uruguay | Suva | 2024-09-09 | occurred',
    ]);
  });

  it('"preparations for the summit" is no attending; a protest gathered for it neither names states', () => {
    const text = 'Officials discussed preparations for the Pacific Islands Forum summit.';
    expect(summary(run(text, [ORG])).filter((x) => x.includes('Brazil'))).toEqual([]);
    const t2 = 'Protesters gathered in Suva on Monday for the Pacific Islands Forum summit.';
    expect(summary(run(t2, [ORG, place('Suva')], MON)).every((x) => !x.includes('Ana Lima'))).toBe(true);
  });
});
