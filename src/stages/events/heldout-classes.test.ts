// The error classes found on the held-out articles (fixtures/heldout), each checked on sentences
// written for these tests (other actors, other places), with the look-alike that must not change.
import { describe, expect, it } from 'vitest';
import { type EntitySpec, eventsOf, person, place, org, summary } from './testRecord.ts';


const run = (text: string, specs: EntitySpec[], times: { text: string; value: string | null }[] = [], publishedAt: string | null = '2024-09-12') =>
  eventsOf(text, specs, times, publishedAt);

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

describe('a hosting verb whose guest comes after the time, the venue and a title', () => {
  const HOST = person('Amal Haddad', ['Haddad'], 'JOR', 'Crown Prince');
  const GUEST = person('Fiona Grant', ['Grant'], undefined);
  it('"received today at X Palace the Foreign Secretary of Y, the Rt Hon Z" is a meeting at the palace', () => {
    const text =
      'Crown Prince Amal Haddad received today at Raghadan Palace the Foreign Secretary of the United Kingdom, the Rt Hon Fiona Grant, who is on an official visit to the Kingdom of Jordan.';
    const es = run(text, [HOST, GUEST, place('Raghadan Palace'), place('Kingdom of Jordan', 'JOR'), place('United Kingdom', 'GBR')], [{ text: 'today', value: '2024-09-12' }]);
    expect(summary(es)).toEqual(['meeting | Amal Haddad+Fiona Grant | Raghadan Palace | 2024-09-12 | occurred', 'visit | Fiona Grant | Kingdom of Jordan | - | occurred']);
  });
  it('a reception of a thing is still no meeting: "received today, in a ceremony, the report of Z"', () => {
    const text = 'Crown Prince Amal Haddad received today, in a ceremony at the palace, the annual report of the audit bureau, Fiona Grant said.';
    expect(run(text, [HOST, GUEST], [{ text: 'today', value: '2024-09-12' }])).toEqual([]);
  });
  it('"hosted in Warsaw the new minister of X, Y, who was on his first visit": the visit is to that town, that day', () => {
    const A = person('Jan Nowak', ['Nowak'], 'POL', 'Minister of Foreign Affairs');
    const B = person('Andris Ozols', ['Ozols'], undefined, 'Minister');
    const text = 'On 3 September, Minister of Foreign Affairs Jan Nowak hosted in Warsaw the newly appointed Minister of Foreign Affairs of Latvia, Andris Ozols, who was on his first foreign visit since taking office.';
    const es = run(text, [A, B, place('Warsaw', 'POL'), place('Latvia', 'LVA')], [{ text: '3 September', value: '2024-09-03' }]);
    expect(summary(es)).toEqual(['meeting | Andris Ozols+Jan Nowak | Warsaw | 2024-09-03 | occurred', 'visit | Andris Ozols | Warsaw | 2024-09-03 | occurred']);
  });
});

describe('role nouns and pronouns find their person', () => {
  it('"HRH the Crown Prince ... recalled his talks with X in London": the capitalized title is no nationality', () => {
    const A = person('Faisal bin Nasser', ['Faisal'], 'OMN');
    const B = person('Oliver Hart', ['Hart'], 'GBR', 'Prime Minister');
    const text = 'His Royal Highness Crown Prince Faisal bin Nasser received a British trade delegation on Monday. HRH the Crown Prince recalled his talks with Prime Minister Oliver Hart in London in June.';
    const es = run(text, [A, B, place('London', 'GBR')], [{ text: 'June', value: '2024-06' }, { text: 'Monday', value: '2024-09-09' }]);
    expect(summary(es)).toContain('meeting | Faisal bin Nasser+Oliver Hart | London | 2024-06 | occurred');
  });
  it('"He" after a sentence whose subject is a role noun is that person, not the one it called on', () => {
    const A = person('Omar Qureshi', ['Qureshi'], 'PAK');
    const B = person('Emre Kaya', ['Kaya'], 'TUR', 'Defence Minister');
    const C = person('Selim Aksoy', ['Aksoy'], 'TUR', 'head of the procurement agency');
    const D = person('Murat Demir', ['Demir'], 'TUR', 'Chief of General Staff');
    const text =
      'Defence Minister Emre Kaya hosted his Pakistani counterpart Omar Qureshi in Ankara on Tuesday. ' +
      'Later in the day, the Pakistani defence minister paid a courtesy call on Selim Aksoy. ' +
      'He is also scheduled to meet Chief of General Staff Murat Demir on Wednesday.';
    const es = run(text, [A, B, C, D, place('Ankara', 'TUR')], [
      { text: 'Tuesday', value: '2024-09-10' },
      { text: 'Wednesday', value: '2024-09-11' },
    ]);
    expect(summary(es)).toContain('meeting | Murat Demir+Omar Qureshi | - | 2024-09-11 | planned');
  });
  it('a person named inside a quotation is not what a later "He" stands for', () => {
    const A = person('Liam Walsh', ['Walsh'], 'IRL', 'Prime Minister');
    const B = person('Nguyen Van An', ['An'], 'VNM', 'Prime Minister');
    const C = person('Tan Wei Ming', ['Tan'], 'SGP', 'Prime Minister');
    const text =
      'Prime Minister Liam Walsh will be in Hanoi on 9 June, where he will hold talks with Prime Minister Nguyen Van An. ' +
      '“Our partnership grew when Prime Minister An visited Dublin last year.” ' +
      'He will then travel to Singapore on 12 June for his first meeting with Prime Minister Tan Wei Ming.';
    const es = run(text, [A, B, C, place('Hanoi', 'VNM'), place('Dublin', 'IRL'), place('Singapore', 'SGP')], [
      { text: '9 June', value: '2025-06-09' },
      { text: '12 June', value: '2025-06-12' },
      { text: 'last year', value: '2024' },
    ], '2025-06-02');
    expect(summary(es)).toEqual([
      'meeting | Liam Walsh+Nguyen Van An | Hanoi | 2025-06-09 | planned',
      'visit | Nguyen Van An | Dublin | 2024 | occurred',
      'visit | Liam Walsh | Singapore | 2025-06-12 | planned',
      'meeting | Liam Walsh+Tan Wei Ming | Singapore | 2025-06-12 | planned',
    ]);
  });
});

describe('trips and their purpose', () => {
  const A = person('Kofi Mensah', ['Mensah'], 'GHA', 'President');
  const B = person('Awa Diallo', ['Diallo'], 'SEN', 'President');
  it('"is due to travel on to Dakar on Wednesday for talks with X": a planned visit and talks in Dakar', () => {
    const es = run('Mensah is due to travel on to Dakar on Wednesday for talks with Senegalese President Awa Diallo.', [A, B, place('Dakar', 'SEN')], [{ text: 'Wednesday', value: '2024-09-18' }]);
    expect(summary(es)).toEqual(['visit | Kofi Mensah | Dakar | 2024-09-18 | planned', 'meeting | Awa Diallo+Kofi Mensah | Dakar | 2024-09-18 | planned']);
  });
  it('a trip for something else gives a later meeting no place', () => {
    const es = run('Mensah flew to Dakar for a football final. He will hold talks with Diallo next month.', [A, B, place('Dakar', 'SEN')], [{ text: 'next month', value: '2024-10' }]);
    expect(es.find((e) => e.type === 'meeting')?.location ?? null).toBeNull();
  });
  it('a vague time ("next week") gives way to the exact one a later mention states', () => {
    const es = run('Mensah will travel to Dakar next week. Mensah will then travel to Dakar on 20 September.', [A, place('Dakar', 'SEN')], [
      { text: 'next week', value: '2024-W38' },
      { text: '20 September', value: '2024-09-20' },
    ]);
    expect(summary(es)).toEqual(['visit | Kofi Mensah | Dakar | 2024-09-20 | planned']);
  });
});

describe('a joint mention of meetings already told apart', () => {
  it('"A and B each met C ... A and B received C" keeps two two-sided meetings', () => {
    const A = person('Karin Holm', ['Holm'], 'SWE', 'Prime Minister');
    const B = person('King Harald', [], 'NOR', 'King');
    const C = person('Ari Lahti', ['Lahti'], 'FIN', 'President');
    const text =
      'Prime Minister Karin Holm and King Harald each met Finnish President Ari Lahti in Oslo. ' +
      'Holm and King Harald received the President of Finland, Ari Lahti, on his recent trip to Oslo.';
    const es = run(text, [A, B, C, place('Oslo', 'NOR'), place('Finland', 'FIN')]);
    const meetings = es.filter((e) => e.type === 'meeting');
    expect(meetings.map((e) => e.participants.map((p) => p.name).sort().join('+'))).toEqual(['Ari Lahti+Karin Holm', 'Ari Lahti+King Harald']);
    expect(meetings.every((e) => e.evidence.length === 2)).toBe(true);
  });
});

describe('who owns a visit', () => {
  const VP = person('Deniz Arslan', ['Arslan'], 'TUR', 'Vice President');
  const HOST = person('Giorgi Beridze', ['Beridze'], 'GEO', 'President');
  it('"X met Georgian President Y in Tbilisi as part of his visit to the country": X travels, the meeting\'s day is not the visit\'s', () => {
    const text = 'Vice President Deniz Arslan met Georgian President Giorgi Beridze in the capital Tbilisi on Wednesday as part of his two-day visit to the country.';
    const es = run(text, [VP, HOST, place('Tbilisi', 'GEO')], [{ text: 'Wednesday', value: '2024-09-11' }]);
    const visits = es.filter((e) => e.type === 'visit');
    expect(visits.map((e) => e.participants[0].name)).toEqual(['Deniz Arslan']);
    expect(visits[0].date).toBeNull();
  });
  it('"X met Y on his latest trip to Z": the nearest person is still the owner when he is abroad', () => {
    const A = person('Ana Lopes', ['Lopes'], 'PRT', 'Prime Minister');
    const B = person('Pieter Jansen', ['Jansen'], 'NLD', 'Prime Minister');
    const es = run('Ana Lopes met Dutch Prime Minister Pieter Jansen on his latest trip to Lisbon.', [A, B, place('Lisbon', 'PRT')]);
    expect(es.filter((e) => e.type === 'visit').map((e) => e.participants[0].name)).toEqual(['Pieter Jansen']);
  });
  it('"during the King\'s visit to Spain" is the king\'s, not the partner\'s', () => {
    const KING = person('King Talal', ['Talal'], 'JOR', 'King');
    const PM = person('Lucia Moreno', ['Moreno'], 'ESP', 'Prime Minister');
    const text = 'King Talal spoke by phone with Spanish Prime Minister Lucia Moreno on Monday. His Majesty and Moreno had met in Madrid last month, during the King\'s visit to Spain.';
    const es = run(text, [KING, PM, place('Madrid', 'ESP'), place('Spain', 'ESP')], [{ text: 'Monday', value: '2024-09-09' }, { text: 'last month', value: '2024-08' }]);
    expect(es.filter((e) => e.type === 'visit').map((e) => e.participants[0].name)).toEqual(['King Talal']);
  });
  it('"the state visit of the President of X to Y" is that president\'s, and a time after "and the fourth meeting" is not its own', () => {
    const A = person('Aibek Nurlanov', ['Nurlanov'], 'KAZ', 'President');
    const B = person('Rustam Karimov', ['Karimov'], 'UZB', 'President');
    const C = person('Dilshod Aliev', ['Aliev'], undefined);
    const text =
      'President Aibek Nurlanov received Minister of Foreign Affairs of Uzbekistan Dilshod Aliev in Astana, and asked him to convey greetings to President Rustam Karimov. ' +
      'The sides discussed the upcoming state visit of the President of Uzbekistan to Kazakhstan and the fifth meeting of the Supreme Interstate Council chaired by the two presidents, scheduled to be held in Astana in November. ' +
      'The Uzbek minister arrived in Astana on Tuesday.';
    const es = run(text, [A, B, C, place('Astana', 'KAZ'), place('Kazakhstan', 'KAZ'), place('Uzbekistan', 'UZB'), org('Supreme Interstate Council')], [
      { text: 'November', value: '2024-11' },
      { text: 'Tuesday', value: '2024-09-10' },
    ]);
    expect(summary(es)).toContain('visit | Rustam Karimov | Kazakhstan | - | planned');
    expect(summary(es)).toContain('meeting | Aibek Nurlanov+Rustam Karimov+Supreme Interstate Council | Astana | 2024-11 | planned');
    expect(summary(es)).toContain('visit | Dilshod Aliev | Astana | 2024-09-10 | occurred');
  });
});

describe('one trip, one visit', () => {
  const A = person('Nabil Haddad', ['Haddad'], 'LBN', 'President');
  it('"arrived in Rome on Thursday on his first visit to Europe" is one visit, to Rome; a clause about his country negates nothing', () => {
    const text = 'Haddad, a former general whose country had no president for two years, arrived in Rome on Thursday evening on his first visit to Europe as head of state.';
    const es = run(text, [A, place('Rome', 'ITA')], [{ text: 'Thursday evening', value: '2024-09-05' }]);
    expect(summary(es)).toEqual(['visit | Nabil Haddad | Rome | 2024-09-05 | occurred']);
  });
  it('two towns of one trip stay two visits', () => {
    const es = run('Haddad arrived in Rome on Thursday and flew to Milan on Friday.', [A, place('Rome', 'ITA'), place('Milan', 'ITA')], [
      { text: 'Thursday', value: '2024-09-05' },
      { text: 'Friday', value: '2024-09-06' },
    ]);
    expect(es.filter((e) => e.type === 'visit').map((e) => e.location?.name)).toEqual(['Rome', 'Milan']);
  });
  it('a meeting at a palace on the day after an arrival told later is in the arrival town; so is one planned two days on', () => {
    const B = person('Paolo Conti', ['Conti'], 'ITA', 'President');
    const C = person('Marta Ricci', ['Ricci'], 'ITA', 'Prime Minister');
    const text =
      'Italian President Paolo Conti hosted Lebanese President Nabil Haddad at the Quirinal Palace on Friday. ' +
      '"Italy stands by Lebanon," Conti said. ' +
      'Haddad arrived in Rome on Thursday evening. ' +
      'Haddad is also due to meet Prime Minister Marta Ricci on Saturday before returning home.';
    const es = run(text, [A, B, C, place('Quirinal Palace'), place('Rome', 'ITA')], [
      { text: 'Friday', value: '2024-09-06' },
      { text: 'Thursday evening', value: '2024-09-05' },
      { text: 'Saturday', value: '2024-09-07' },
    ]);
    expect(summary(es)).toEqual([
      'meeting | Nabil Haddad+Paolo Conti | Rome | 2024-09-06 | occurred',
      'visit | Nabil Haddad | Rome | 2024-09-05 | occurred',
      'meeting | Marta Ricci+Nabil Haddad | Rome | 2024-09-07 | planned',
    ]);
  });
});

describe('a dash between two titles of one person', () => {
  it('"Deputy Prime Minister – Foreign Minister X" does not cut the clause', () => {
    const A = person('Ravshan Umarov', ['Umarov'], 'UZB');
    const B = person('Erlan Sadykov', ['Sadykov'], 'KAZ');
    const es = run('Umarov held talks with Kazakh Deputy Prime Minister – Foreign Minister Erlan Sadykov in Astana.', [A, B, place('Astana', 'KAZ')]);
    expect(summary(es)).toEqual(['meeting | Erlan Sadykov+Ravshan Umarov | Astana | - | occurred']);
  });
  it('a dash between clauses still cuts', () => {
    const A = person('Ravshan Umarov', ['Umarov'], 'UZB');
    const B = person('Erlan Sadykov', ['Sadykov'], 'KAZ');
    const es = run('Umarov met the press in Astana – Sadykov stayed in Almaty.', [A, B, place('Astana', 'KAZ'), place('Almaty', 'KAZ')]);
    expect(es.filter((e) => e.type === 'meeting')).toEqual([]);
  });
});

describe('a numbered gathering with one named side is some other event', () => {
  it('"arrived ... to attend the 12th Meeting of the Council" adds nothing to the bilateral talks', () => {
    const A = person('Li Wen', ['Li'], 'CHN', 'President');
    const B = person('Bat-Erdene Ganbold', ['Ganbold'], 'MNG', 'President');
    const text = 'Li Wen held talks with Mongolian President Bat-Erdene Ganbold in Beijing on Thursday. Ganbold arrived in Beijing on Wednesday to attend the 12th Meeting of the Council of Heads of State which concluded in Beijing on Thursday.';
    const es = run(text, [A, B, place('Beijing', 'CHN')], [{ text: 'Thursday', value: '2024-09-05' }, { text: 'Wednesday', value: '2024-09-04' }]);
    expect(es.find((e) => e.type === 'meeting')?.evidence.length).toBe(1);
  });
});

describe('meetings on the sidelines of a summit', () => {
  const AU = org('African Union', ['AU']);
  const A = person('Kwame Boateng', ['Boateng'], 'GHA', 'President');
  const B = person('Amara Conde', ['Conde'], 'GIN', 'President');
  const C = person('Fatou Sarr', ['Sarr'], 'SEN', 'President');
  const D = person('Idris Musa', ['Musa'], 'NER', 'President');
  it('those who meet on its sidelines attend it, and the meeting is where the summit is', () => {
    const text =
      'Leaders of the African Union concluded the AU summit in Addis Ababa on 9 September. ' +
      'On the sidelines of the summit, Boateng held a bilateral meeting with Conde on Monday. ' +
      'Boateng also held separate meetings with Sarr and Musa on Tuesday.';
    const es = run(text, [AU, A, B, C, D, place('Addis Ababa', 'ETH')], [
      { text: '9 September', value: '2024-09-09' },
      { text: 'Monday', value: '2024-09-09' },
      { text: 'Tuesday', value: '2024-09-10' },
    ]);
    expect(summary(es)).toEqual([
      'meeting | African Union+Amara Conde+Kwame Boateng | Addis Ababa | 2024-09-09 | occurred',
      'meeting | Amara Conde+Kwame Boateng | Addis Ababa | 2024-09-09 | occurred',
      'meeting | Fatou Sarr+Kwame Boateng | - | 2024-09-10 | occurred',
      'meeting | Idris Musa+Kwame Boateng | - | 2024-09-10 | occurred',
    ]);
  });
  it('a fronted "On the sidelines of the AU summit in May, X met Y" makes X and Y its attendees', () => {
    const es = run('On the sidelines of the AU summit in May, Boateng held his first meeting with Conde.', [AU, A, B], [{ text: 'May', value: '2024-05' }]);
    expect(summary(es)).toContain('meeting | African Union+Amara Conde+Kwame Boateng | - | 2024-05 | occurred');
  });
  it('"held separate talks with his counterpart" is one meeting; a companion in a relative clause is no side', () => {
    const E = person('Ama Owusu', ['Owusu'], 'GHA', 'Foreign Minister');
    const F = person('Mamadou Ba', ['Ba'], 'SEN', 'Foreign Minister');
    const es = run('Foreign Minister Ama Owusu, who is travelling with Boateng, held separate talks with her Senegalese counterpart Mamadou Ba on Thursday.', [A, E, F], [{ text: 'Thursday', value: '2024-09-12' }]);
    expect(summary(es)).toEqual(['meeting | Ama Owusu+Mamadou Ba | - | 2024-09-12 | occurred']);
  });
});

describe('coordinated verbs, each with its own partner', () => {
  it('"also met the Head of X, A, and held talks with the Speaker, B": two meetings, at the town of the visit', () => {
    const V = person('Ieva Kalnina', ['Kalnina'], 'LVA', 'Minister');
    const H = person('Marek Dvorak', ['Dvorak'], 'CZE', 'Minister of Foreign Affairs');
    const A = person('Pavel Novotny', ['Novotny'], 'CZE');
    const B = person('Jana Svobodova', ['Svobodova'], 'CZE');
    const text =
      'On 3 September, Minister of Foreign Affairs Marek Dvorak hosted in Prague the new Minister of Foreign Affairs of Latvia, Ieva Kalnina, who was on her first foreign visit. ' +
      'The ministers discussed energy security. ' +
      'Minister Kalnina also met the Head of the Security Office, Pavel Novotny, and held talks with the Speaker of the Chamber, Jana Svobodova.';
    const es = run(text, [V, H, A, B, place('Prague', 'CZE'), place('Latvia', 'LVA')], [{ text: '3 September', value: '2024-09-03' }]);
    expect(summary(es)).toEqual([
      'meeting | Ieva Kalnina+Marek Dvorak | Prague | 2024-09-03 | occurred',
      'visit | Ieva Kalnina | Prague | 2024-09-03 | occurred',
      'meeting | Ieva Kalnina+Pavel Novotny | Prague | - | occurred',
      'meeting | Ieva Kalnina+Jana Svobodova | Prague | - | occurred',
    ]);
  });
});

describe('honorifics and courtesy calls', () => {
  const KING = person('King Faisal', ['Faisal'], 'JOR', 'King');
  const PM = person('Elena Rossi', ['Rossi'], 'ITA', 'Prime Minister');
  it('"His Majesty and X had met in Rome" is the king and X, even when X was the last one named', () => {
    const text = 'King Faisal and Italian Prime Minister Elena Rossi spoke by phone on Monday. Rossi praised Jordan\'s role. His Majesty and Rossi had met in Rome in July.';
    const es = run(text, [KING, PM, place('Rome', 'ITA')], [{ text: 'Monday', value: '2024-09-09' }, { text: 'July', value: '2024-07' }]);
    expect(summary(es)).toContain('meeting | Elena Rossi+King Faisal | Rome | 2024-07 | occurred');
  });
  const GUEST = person('Bilal Aziz', ['Aziz'], 'PAK');
  const HOST = person('Kemal Tan', ['Tan'], 'TUR', 'Defence Minister');
  const AGENCY = person('Selin Yurt', ['Yurt'], 'TUR', 'head of the procurement agency');
  it('"paid a courtesy call on X" "later in the day" is a meeting that day, in the town of the visit', () => {
    const text =
      'Defence Minister Kemal Tan hosted his Pakistani counterpart Bilal Aziz in the capital Ankara on Tuesday. ' +
      'Later in the day, Aziz paid a courtesy call on Selin Yurt. ' +
      'Aziz arrived in Türkiye on Monday for a three-day official visit.';
    const es = run(text, [GUEST, HOST, AGENCY, place('Ankara', 'TUR'), place('Türkiye', 'TUR')], [
      { text: 'Tuesday', value: '2024-09-10' },
      { text: 'Monday', value: '2024-09-09' },
    ]);
    expect(summary(es)).toContain('meeting | Bilal Aziz+Selin Yurt | Ankara | 2024-09-10 | occurred');
  });
  it('"called on X to stop" is an appeal, not a call or a meeting', () => {
    const text = 'Tan called on Bilal Aziz to stop the shelling, and called upon Selin Yurt to resign.';
    expect(run(text, [GUEST, HOST, AGENCY])).toEqual([]);
  });
  it('"before visiting several companies in Ankara" is the subject\'s tour of sites, no visit to Ankara', () => {
    const text = 'He is also scheduled to meet Selin Yurt on Wednesday before visiting several defence companies in Ankara.';
    const es = run('Aziz arrived in Türkiye on Monday. ' + text, [GUEST, AGENCY, place('Ankara', 'TUR'), place('Türkiye', 'TUR')], [
      { text: 'Monday', value: '2024-09-09' },
      { text: 'Wednesday', value: '2024-09-11' },
    ], '2024-09-10');
    expect(summary(es)).toEqual(['visit | Bilal Aziz | Türkiye | 2024-09-09 | occurred', 'meeting | Bilal Aziz+Selin Yurt | Ankara | 2024-09-11 | planned']);
  });
  it('a month told before "during X\'s visit" dates the visit; a day dates only the meeting', () => {
    const text = 'The two ministers last met in April, during Tan\'s visit to Islamabad. Aziz met Tan in Karachi on Friday as part of his two-day visit to the country.';
    const es = run(text, [GUEST, HOST, place('Islamabad', 'PAK'), place('Karachi', 'PAK')], [
      { text: 'April', value: '2024-04' },
      { text: 'Friday', value: '2024-09-06' },
    ]);
    expect(es.filter((e) => e.type === 'visit').map((e) => `${e.participants[0].name} ${e.location?.name} ${e.date?.value ?? '-'}`)).toEqual(['Kemal Tan Islamabad 2024-04', 'Kemal Tan Karachi -']);
  });
});

describe('an unnamed partner by title and country', () => {
  it('"held talks with the British Foreign Secretary" is the one titled so, not the British ambassador named last', () => {
    const A = person('Khalid Al Mansoori', ['Al Mansoori'], 'ARE', 'Foreign Minister');
    const B = person('Helen Ward', ['Ward'], undefined);
    const C = person('Tom Ellis', ['Ellis'], undefined);
    const text =
      'The President received the Foreign Secretary of the United Kingdom, Helen Ward, on Monday. ' +
      'The meeting was attended by the British Ambassador to the UAE, Tom Ellis. ' +
      'Earlier, Al Mansoori held talks with the British Foreign Secretary at the ministry.';
    const es = run(text, [A, B, C, place('United Kingdom', 'GBR'), place('UAE', 'ARE')], [{ text: 'Monday', value: '2024-09-09' }]);
    const talks = es.find((e) => e.participants.some((p) => p.name === 'Khalid Al Mansoori'));
    expect(talks?.participants.map((p) => p.name).sort()).toEqual(['Helen Ward', 'Khalid Al Mansoori']);
  });
});

describe('times and places the sentence tells around the trigger', () => {
  const A = person('Mark Haines', ['Haines'], 'NZL', 'Prime Minister');
  const B = person('Ratu Vesi', ['Vesi'], 'FJI', 'Prime Minister');
  it('"who arrived in the Fijian capital late on Monday, held talks": a visit to the capital; the relative clause does not date the talks', () => {
    const text = 'Haines, who arrived in the Fijian capital late on Monday, held talks with Vesi at the Government House for two hours.';
    const es = run(text, [A, B], [{ text: 'late on Monday', value: '2024-09-09' }]);
    expect(summary(es)).toEqual(['visit | Mark Haines | Suva | 2024-09-09 | occurred', 'meeting | Mark Haines+Ratu Vesi | Suva | - | occurred']);
  });
  it('"The two leaders last met in November in Apia" is another meeting than the undated talks just told', () => {
    const text = 'Haines held talks with Vesi at the Government House. The two leaders last met in November in Apia.';
    const es = run(text, [A, B, place('Apia', 'WSM')], [{ text: 'November', value: '2023-11' }]);
    expect(summary(es)).toEqual(['meeting | Mark Haines+Ratu Vesi | Government House | - | occurred', 'meeting | Mark Haines+Ratu Vesi | Apia | 2023-11 | occurred']);
  });
  it('a participle dates its noun: "a hotline set up in 2023"; "came on Thursday, when they held their first video call" dates the call', () => {
    const text = 'The latest sign of a thaw came on Thursday, when Haines and Vesi held their first video call, agreeing to use a hotline set up in 2023.';
    const es = run(text, [A, B], [{ text: 'Thursday', value: '2024-09-12' }, { text: '2023', value: '2023' }]);
    expect(summary(es)).toEqual(['phone_call | Mark Haines+Ratu Vesi | - | 2024-09-12 | occurred']);
  });
  it('"He also met X during the trip" shares the trip\'s time', () => {
    const C = person('Sione Tupou', ['Tupou'], 'TON', 'King');
    const text = "In late August, Haines travelled to Nuku'alofa, where he held talks with Vesi on August 28. He also met King Sione Tupou during the trip.";
    const es = run(text, [A, B, C, place("Nuku'alofa", 'TON')], [{ text: 'late August', value: '2024-08' }, { text: 'August 28', value: '2024-08-28' }]);
    expect(summary(es)).toContain("meeting | Mark Haines+Sione Tupou | Nuku'alofa | 2024-08 | occurred");
  });
  it('"in the afternoon" is the day of the event just before; "Both leaders were in X." places the next sentence\'s meetings', () => {
    const C = person('Jane Moss', ['Moss'], 'AUS', 'Foreign Minister');
    const text = 'Both leaders were nonetheless in Canberra. Haines met Moss on Thursday morning, while Vesi held talks with Moss in the afternoon. Vesi later flew home.';
    const es = run(text, [A, B, C, place('Canberra', 'AUS')], [{ text: 'Thursday morning', value: '2024-09-12' }]);
    expect(summary(es)).toEqual(['meeting | Jane Moss+Mark Haines | Canberra | 2024-09-12 | occurred', 'meeting | Jane Moss+Ratu Vesi | Canberra | 2024-09-12 | occurred']);
  });
  it('a part of the day far from any dated event dates nothing', () => {
    const C = person('Jane Moss', ['Moss'], 'AUS', 'Foreign Minister');
    const text = 'Haines met Moss on Thursday. The weather was fine. Trade rose. Vesi held talks with Moss in the afternoon.';
    const es = run(text, [A, B, C], [{ text: 'Thursday', value: '2024-09-12' }]);
    expect(es.find((e) => e.participants.some((p) => p.name === 'Ratu Vesi'))?.date ?? null).toBeNull();
  });
});

describe('"they" and a new partner', () => {
  it('"..., where they also held a trilateral meeting with X" is the pair and X, in the place of the head clause', () => {
    const A = person('Arman Petrosian', ['Petrosian'], 'ARM', 'President');
    const B = person('Nino Kapanadze', ['Kapanadze'], 'GEO', 'President');
    const C = person('Luka Babic', ['Babic'], 'HRV', 'Prime Minister');
    const text = 'The two presidents last met in Dubrovnik on May 3, on the sidelines of the regional forum, where they also held a trilateral meeting with Croatian Prime Minister Luka Babic.';
    const es = run('Petrosian and Kapanadze spoke by phone on Monday. ' + text, [A, B, C, place('Dubrovnik', 'HRV')], [
      { text: 'Monday', value: '2024-09-09' },
      { text: 'May 3', value: '2024-05-03' },
    ]);
    expect(summary(es)).toEqual([
      'phone_call | Arman Petrosian+Nino Kapanadze | - | 2024-09-09 | occurred',
      'meeting | Arman Petrosian+Nino Kapanadze | Dubrovnik | 2024-05-03 | occurred',
      'meeting | Arman Petrosian+Luka Babic+Nino Kapanadze | Dubrovnik | 2024-05-03 | occurred',
    ]);
  });
  it('"they discussed trade" with nobody new adds nothing', () => {
    const A = person('Arman Petrosian', ['Petrosian'], 'ARM', 'President');
    const B = person('Nino Kapanadze', ['Kapanadze'], 'GEO', 'President');
    const es = run('Petrosian met Kapanadze in Yerevan on Monday, and they discussed trade.', [A, B, place('Yerevan', 'ARM')], [{ text: 'Monday', value: '2024-09-09' }]);
    expect(summary(es)).toEqual(['meeting | Arman Petrosian+Nino Kapanadze | Yerevan | 2024-09-09 | occurred']);
  });
});

describe('an anaphor whose own sentence names the sides', () => {
  it('"X and Y pledged on Tuesday to reset ties, after talks in Accra" is their meeting in Accra', () => {
    const A = person('Kofi Asante', ['Asante'], 'GHA', 'President');
    const B = person('Ade Bello', ['Bello'], 'NGA', 'President');
    const es = run('Ghanaian President Kofi Asante and his Nigerian counterpart Ade Bello pledged on Tuesday to reset ties, after talks in Accra that both sides praised.', [A, B, place('Accra', 'GHA')], [{ text: 'Tuesday', value: '2024-09-10' }]);
    expect(summary(es)).toEqual(['meeting | Ade Bello+Kofi Asante | Accra | 2024-09-10 | occurred']);
  });
});

describe('messages, consultations and yearly meetings', () => {
  const EMIR = person('Nawaf Al-Thani', ['Nawaf'], 'QAT', 'Emir');
  const SENDER = person('Karim Tahir', ['Tahir'], 'TJK', 'President');
  const ENVOY = person('Rustam Nazarov', ['Nazarov'], undefined, 'Minister of Foreign Affairs');
  it('"received a written message from X, handed over by the Tajik minister": the receiver meets the courier, not the sender', () => {
    const text =
      'Emir Nawaf Al-Thani opened a new port on Saturday. ' +
      "Tajikistan's Minister of Foreign Affairs Rustam Nazarov arrived in Doha on Sunday. " +
      'On Sunday evening, His Highness the Emir received a written message from President Karim Tahir, handed over by the Tajik minister.';
    const es = run(text, [EMIR, SENDER, ENVOY, place('Doha', 'QAT')], [{ text: 'Sunday evening', value: '2024-09-08' }, { text: 'Sunday', value: '2024-09-08' }]);
    const meetings = es.filter((e) => e.type === 'meeting');
    expect(meetings.map((e) => e.participants.map((p) => p.name).sort().join('+'))).toEqual(['Nawaf Al-Thani+Rustam Nazarov']);
  });
  it('"a letter delivered by courier" with no receiver named is no meeting', () => {
    expect(run('The statement said a letter was delivered by Karim Tahir to the embassy.', [SENDER])).toEqual([]);
  });
  it('"the annual leaders\' consultation with X" next month is a planned meeting; "meets annually" is habitual', () => {
    const A = person('Aziz Rahman', ['Rahman'], 'MYS', 'Prime Minister');
    const B = person('Budi Santoso', ['Santoso'], 'IDN', 'President');
    const es = run("Rahman is scheduled to travel to Jakarta next month for the annual leaders' consultation with Indonesian President Budi Santoso.", [A, B, place('Jakarta', 'IDN')], [{ text: 'next month', value: '2024-10' }]);
    expect(summary(es)).toContain('meeting | Aziz Rahman+Budi Santoso | Jakarta | 2024-10 | planned');
    expect(run('Rahman meets Santoso annually in Jakarta.', [A, B, place('Jakarta', 'IDN')])).toEqual([]);
  });
  it('"in consultation with" is no meeting', () => {
    const A = person('Aziz Rahman', ['Rahman'], 'MYS', 'Prime Minister');
    const B = person('Budi Santoso', ['Santoso'], 'IDN', 'President');
    expect(run('Rahman set the tariff in consultation with Santoso.', [A, B])).toEqual([]);
  });
});
