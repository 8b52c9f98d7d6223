import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordFromText } from '../../pipeline/record.ts';
import { entitiesStage, findEntities } from './index.ts';
import { segmentStage } from '../segment/index.ts';
import { run, names, byName } from './testing.ts';


describe('titles become roles', () => {
  it('strips a leading title and keeps it as the role', () => {
    const es = run('Foreign Minister Hakan Fidan arrived in Doha on Monday.');
    const p = byName(es, 'Hakan Fidan');
    expect(p?.kind).toBe('person');
    expect(p?.role).toBe('Foreign Minister');
    expect(names(es, 'person')).not.toContain('Foreign Minister Hakan Fidan');
  });
  it('takes the country from a leading country name', () => {
    const p = byName(run('U.S. Secretary of State Antony Blinken spoke to reporters.'), 'Antony Blinken');
    expect(p?.role).toBe('Secretary of State');
    expect(p?.country).toBe('USA');
  });
  it('handles royal titles and name particles', () => {
    const es = run('Crown Prince Mohammed bin Salman received Sheikh Tamim bin Hamad Al Thani in Riyadh.');
    expect(byName(es, 'Mohammed bin Salman')?.role).toBe('Crown Prince');
    expect(byName(es, 'Tamim bin Hamad Al Thani')?.kind).toBe('person');
  });
  it('reads a lowercase title before a name', () => {
    const es = run('The talks were attended by intel chief Zorlan Berevik and others.');
    const p = byName(es, 'Zorlan Berevik');
    expect(p?.kind).toBe('person');
    expect(p?.role).toBe('intel chief');
  });
  it('reads an apposition after a name', () => {
    const es = run('He met Tarvel Omsk Darrow, Chairman of the Velmar Council, in the capital.');
    const p = byName(es, 'Tarvel Omsk Darrow');
    expect(p?.kind).toBe('person');
    expect(p?.role).toBe('Chairman of the Velmar Council');
  });
  it('splits an organization, a title and a name', () => {
    const es = run('Velmar Shura Council Chairman Orhun Talevi spoke first.');
    expect(byName(es, 'Orhun Talevi')?.kind).toBe('person');
    expect(byName(es, 'Velmar Shura Council')?.kind).toBe('organization');
  });
});

describe('organizations', () => {
  it('makes a parenthesized acronym an alias and links its later mentions', () => {
    const text = 'The Velmar Intelligence Organization (VIO) said on Monday. Later the VIO denied it.';
    const es = run(text);
    const org = byName(es, 'Velmar Intelligence Organization');
    expect(org?.kind).toBe('organization');
    expect(org?.aliases).toContain('VIO');
    expect(org?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Velmar Intelligence Organization', 'VIO', 'VIO']);
  });
  it('finds organizations by their head word', () => {
    const es = run('The Turkish Foreign Ministry and the Justice and Development Party issued statements.');
    expect(names(es, 'organization')).toEqual(expect.arrayContaining(['Turkish Foreign Ministry', 'Justice and Development Party']));
  });
  it('finds described organizations', () => {
    const es = run('Meanwhile the Israeli army said it had struck targets.');
    expect(names(es, 'organization')).toContain('Israeli army');
  });
  it('does not take a summit or a platform for an organization', () => {
    const es = run('Leaders gathered for the Velmar Summit, he said on X.');
    expect(names(es, 'organization')).toEqual([]);
  });
  it('finds companies by shape and cue', () => {
    const es = run('The contract went to planemaker Zarvox and to Ostrel Holdings, not to Air Velmar.');
    expect(names(es, 'organization')).toEqual(expect.arrayContaining(['Zarvox', 'Ostrel Holdings', 'Air Velmar']));
  });
});

describe('people and places', () => {
  it('strips possessives from names', () => {
    const es = run("President Marek Dubrovan's visit was announced. Dubrovan's office confirmed it.");
    const p = byName(es, 'Marek Dubrovan');
    expect(p?.kind).toBe('person');
    expect(names(es, 'person')).not.toContain("Marek Dubrovan's");
  });
  it('keeps a country used as an actor a location', () => {
    const es = run('Türkiye has proposed a ceasefire, Ankara said.');
    expect(byName(es, 'Türkiye')?.kind).toBe('location');
    expect(byName(es, 'Türkiye')?.country).toBe('TUR');
  });
  it('reads a demonym-shaped country before a noun as the adjective, not a place', () => {
    const es = run('Fidan held a phone call with his Saudi counterpart, Faisal bin Farhan. Thai officials agreed.');
    expect(es.filter((e) => e.kind === 'location').map((e) => e.name)).toEqual([]);
    expect(byName(es, 'Faisal bin Farhan')?.country).toBe('SAU');
  });
  it('names a country written by its demonym after the country', () => {
    const es = run('The workers returned from Saudi last month. US automakers said so.');
    expect(byName(es, 'Saudi Arabia')?.kind).toBe('location');
    expect(names(es, 'location')).not.toContain('Saudi');
    // A noun name stays a place even as a modifier.
    expect(names(es, 'location')).toContain('US');
  });
  it('reads a seat as the building where something happens and as the body when it acts', () => {
    const es = run('Modi met Sharif at Hyderabad House. Biden hosted Erdogan at the White House. The White House said the talks went well.');
    expect(es.filter((e) => e.name === 'Hyderabad House').map((e) => e.kind)).toEqual(['location']);
    const wh = es.filter((e) => e.name === 'White House');
    expect(wh.map((e) => e.kind).sort()).toEqual(['location', 'organization']);
    expect(wh.find((e) => e.kind === 'organization')?.mentions).toHaveLength(1);
    // A source is the body, not the building.
    expect(run('According to the Pentagon, the base is an outpost.').find((e) => e.name === 'Pentagon')?.kind).toBe('organization');
  });
  it('joins a firm name at an ampersand and knows person-shaped companies', () => {
    const es = run('Shares of Procter & Gamble rose. He got documents from Lockheed Martin, a rival.');
    expect(byName(es, 'Procter & Gamble')?.kind).toBe('organization');
    expect(byName(es, 'Lockheed Martin')?.kind).toBe('organization');
    expect(names(es, 'person')).toEqual([]);
  });
  it('drops an ordinary word the tagger calls an organization at sentence starts only', () => {
    const es = run('Stock markets fell on Monday.\nStock prices of the firm and its stock index fell.');
    expect(names(es, 'organization')).not.toContain('Stock');
  });
  it('reads a romanized Chinese or Korean name as a person even where the tagger says organization', () => {
    const es = run('The prospects of the incumbent president, Tsai Ing-wen of the Democratic Progressive party, improved.');
    expect(byName(es, 'Tsai Ing-wen')?.kind).toBe('person');
  });
  it('reads a company then a region as its unit, and a model number as no place', () => {
    const es = run('GM said a stake in GM Europe was for sale. It ended the popular DC-9 family of jets.');
    expect(byName(es, 'GM Europe')?.kind).toBe('organization');
    expect(names(es, 'location')).toEqual([]);
  });
  it('trusts a given name over the tagger\'s "X Hill" place, and an industry word names a company', () => {
    const es = run('After Fiona Hill left the council, others took over. It was the home of Douglas Aircraft. Crowds filled Martin Place.');
    expect(byName(es, 'Fiona Hill')?.kind).toBe('person');
    expect(byName(es, 'Douglas Aircraft')?.kind).toBe('organization');
    expect(byName(es, 'Martin Place')?.kind).toBe('location');
  });
  it('ends an organization before a country that follows its head word', () => {
    const es = run('Vindman is the White House National Security Council Ukraine expert.');
    expect(byName(es, 'Ukraine')?.kind).toBe('location');
    expect(byName(es, 'White House National Security Council')?.kind).toBe('organization');
  });
  it('reads a name right after a model number as the product', () => {
    const es = run('Airlines bought the 787 Dreamliner and the A350 XWB. Boeing said so in 2008 Brussels talks.');
    expect(names(es, 'organization')).not.toContain('Dreamliner');
    expect(names(es, 'organization')).not.toContain('XWB');
  });
  it('reads stock market indexes and their short forms as no organization', () => {
    const es = run('The Dow Jones Industrial Average (DJIA) fell. The Dow Jones was down 2%. The FTSE 100 index rose. Dow Jones & Company publishes a newspaper.');
    expect(names(es, 'organization')).toEqual(['Dow Jones & Company']);
  });
  it('accepts Unicode letters in names', () => {
    const es = run('Minister İbrahim Kalın and Ismaïl Hanéyeh met.');
    expect(names(es, 'person')).toEqual(expect.arrayContaining(['İbrahim Kalın', 'Ismaïl Hanéyeh']));
  });
});

describe('coreference', () => {
  it('joins a later surname to the full name, diacritics folded', () => {
    const text = 'Intel chief İbrahim Kalın met Ismail Haniyeh in Doha. Kalin then said Haniyye agreed.';
    const es = run(text);
    const k = byName(es, 'İbrahim Kalın');
    const h = byName(es, 'Ismail Haniyeh');
    expect(k?.mentions).toHaveLength(2);
    expect(h?.mentions).toHaveLength(2);
    expect(k?.aliases).toContain('Kalin');
    expect(h?.aliases).toContain('Haniyye');
    expect(names(es, 'person')).toHaveLength(2);
  });
  it('keeps two people with the same family name apart', () => {
    const es = run('Mansour bin Zayed Al Nahyan met Mohamed bin Zayed Al Nahyan in Abu Dhabi.');
    expect(names(es, 'person')).toHaveLength(2);
  });
});

describe('contract', () => {
  it('sorts entities by first mention and builds ids from slugs', () => {
    const es = run('Kalın arrived. Foreign Minister Hakan Fidan met İbrahim Kalın in Ankara.');
    const firsts = es.map((e) => e.mentions[0].start);
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
    expect(byName(es, 'İbrahim Kalın')?.id).toBe('person:ibrahim-kalin');
  });
  it('skips articles flagged skipNlp', () => {
    const r = { ...recordFromText('Foreign Minister Hakan Fidan arrived.'), skipNlp: 'language' };
    expect((entitiesStage.run(r, entitiesStage.defaults) as typeof r).entities).toEqual([]);
  });
  it('does not mutate its input', () => {
    const r = segmentStage.run(recordFromText('Hakan Fidan met Sergey Lavrov.'), segmentStage.defaults) as ReturnType<typeof recordFromText>;
    const copy = JSON.parse(JSON.stringify({ ...r, offsets: null }));
    entitiesStage.run(r, entitiesStage.defaults);
    expect(JSON.parse(JSON.stringify({ ...r, offsets: null }))).toEqual(copy);
  });
  it('is deterministic', () => {
    const t = 'Foreign Minister Hakan Fidan met Hamas officials in Istanbul. Fidan said Hamas agreed.';
    expect(run(t)).toEqual(run(t));
  });
  it('accepts lexicon extensions from the pipeline file', () => {
    const es = findEntities('Zorbo spoke.', undefined, { lexicon: { people: [{ name: 'Zorbo Quint', aliases: ['Zorbo'], role: 'Envoy' }] } });
    expect(es[0]?.kind).toBe('person');
    expect(es[0]?.role).toBe('Envoy');
  });
});

describe('properties', () => {
  const alphabet = fc.constantFrom(...'Aa Bb İı ğş ÇÖÜ ïé ā-\'’.,()"\n:;&+3 bin al- of the and Minister Council Fidan Hamas'.split(' '), ' ', 'X', 'y', '.');
  const texts = fc.oneof(fc.string(), fc.array(alphabet, { maxLength: 60 }).map((xs) => xs.join(' ')), fc.string({ unit: 'grapheme', maxLength: 80 }));
  it('never throws, and every mention lies inside the text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const es = run(text);
        for (const e of es) {
          expect(e.mentions.length).toBeGreaterThan(0);
          expect(e.id.startsWith(`${e.kind}:`)).toBe(true);
          expect(e.id).toMatch(/^(person|organization|location):[a-z0-9-]+$/);
          if (e.country !== undefined) expect(e.country).toMatch(/^([A-Z]{3}|IGO)$/);
          for (const m of e.mentions) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(m.end).toBeGreaterThan(m.start);
            const s = text.slice(m.start, m.end);
            expect(s.trim()).toBe(s);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
  it('a mention text always spells the entity name or one of its aliases (or a part of them)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Hakan Fidan', 'Fidan', 'Hamas', 'Doha', 'Sergey Lavrov', 'Lavrov', 'met', 'said', 'and', 'in', 'the'), { maxLength: 20 }), (ws) => {
        const text = ws.join(' ') + '.';
        for (const e of run(text)) {
          const forms = new Set([e.name, ...e.aliases]);
          for (const m of e.mentions) expect(forms.has(text.slice(m.start, m.end))).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('refiners and filters', () => {
  it('a name shortened to its first word is a company', () => {
    const es = run('Zorvan Grulich won the contract on Monday. Zorvan said profits rose.');
    expect(byName(es, 'Zorvan Grulich')?.kind).toBe('organization');
  });
  it('a repeated untyped one-word name is an organization', () => {
    const es = run('Shares of Velcorp fell. Analysts said Velcorp would recover.');
    expect(byName(es, 'Velcorp')?.kind).toBe('organization');
    expect(byName(es, 'Velcorp')?.mentions).toHaveLength(2);
  });
  it('drops a maker before a model number and a country inside a currency', () => {
    const text = 'Airlines ordered Zarvox 787 jets worth US$ 40 billion.';
    const es = run(text);
    expect(es.some((e) => e.mentions.some((m) => text.slice(m.start, m.end) === 'Zarvox'))).toBe(false);
    expect(es.some((e) => e.mentions.some((m) => text.slice(m.start, m.end) === 'US'))).toBe(false);
  });
  it('a legal-form suffix ends a company name before a person', () => {
    const es = run('The chairman of Ostrel LLC Jim Vantor resigned.');
    expect(byName(es, 'Ostrel LLC')?.kind).toBe('organization');
    expect(byName(es, 'Jim Vantor')?.kind).toBe('person');
  });
  it('a place after "of" closes an organization before a name', () => {
    const es = run('He met the head of the Ministry of Foreign Affairs of Iran Harun Amir Zelvani.');
    expect(byName(es, 'Ministry of Foreign Affairs of Iran')?.kind).toBe('organization');
    expect(byName(es, 'Harun Amir Zelvani')?.kind).toBe('person');
  });
  it('a body named after its organization also mentions the organization', () => {
    const es = run('Talks with the Hamas Shura Council went well.');
    expect(names(es, 'organization')).toEqual(expect.arrayContaining(['Hamas', 'Hamas Shura Council']));
  });
  it('names the possessor with the body', () => {
    const es = run("He met members of Hamas' Political Bureau.");
    expect(names(es, 'organization')).toContain('Hamas Political Bureau');
  });
  it('does not join a patronymic to another person', () => {
    const es = run('Sheikh Theyab bin Mohamed bin Zayed Al Nahyan and Mohamed bin Zayed Al Nahyan attended.');
    expect(names(es, 'person')).toEqual(expect.arrayContaining(['Theyab bin Mohamed bin Zayed Al Nahyan', 'Mohamed bin Zayed Al Nahyan']));
  });
  it('keeps ordinary capitalized words and headline words out', () => {
    const es = run('Internally Displaced Persons need Durable Solutions, the report said. Regional leaders agreed.');
    expect(names(es, 'person')).toEqual([]);
  });
  it('a given name with a head-word surname is a person', () => {
    const es = run('Analyst Jim Press said sales fell.');
    expect(byName(es, 'Jim Press')?.kind).toBe('person');
  });
});

describe('place context', () => {
  it('a name after "the", after "states of", or before a facility noun is a place', () => {
    const es = run('The Atanvo Girardel bridge reopened between the states of Tachvira and Norte de Velmar. Trucks used the Zimon Bolvar and Franco de Pala Santel bridges.');
    expect(names(es, 'person')).toEqual([]);
    expect(names(es, 'location')).toEqual(expect.arrayContaining(['Atanvo Girardel', 'Norte de Velmar', 'Zimon Bolvar', 'Franco de Pala Santel']));
  });
  it('a venue between "at" and "in <place>" is a place', () => {
    const es = run('The leaders met at Qasr Al Vatan in Abu Dhabi on Monday.');
    expect(byName(es, 'Qasr Al Vatan')?.kind).toBe('location');
  });
});

describe('output contract', () => {
  it('ids and countries match the output schema', () => {
    const es = run('UN Secretary-General António Guterres met Hamas leader Khaled Mashal and the 3+3 South Caucasus Platform. Олег Ильин and Иван Петров spoke.');
    for (const e of es) {
      expect(e.id).toMatch(/^(person|organization|location):[a-z0-9-]+$/);
      if (e.country !== undefined) expect(e.country).toMatch(/^([A-Z]{3}|IGO)$/);
    }
    expect(new Set(es.map((e) => e.id)).size).toBe(es.length);
    expect(byName(es, 'António Guterres')?.country).toBe('IGO');
  });
});

describe('family names of known actors', () => {
  it('types a lone family name of a listed actor as a person, without guessing role or country', () => {
    const es = run('Lavrov said on Monday the deal was near. Lavrov added more.');
    const p = byName(es, 'Lavrov');
    expect(p?.kind).toBe('person');
    expect(p?.mentions).toHaveLength(2);
    expect(p?.role).toBeUndefined();
  });
  it('joins the family name to the full name given in the article', () => {
    const es = run('President Donald Trump spoke. Later Trump left.');
    expect(byName(es, 'Donald Trump')?.mentions).toHaveLength(2);
  });
});

describe('lexicon roles over time', () => {
  it('takes the role the actor held in the publication year', () => {
    const text = 'Hakan Fidan met Mark Rutte in Ankara.';
    const at = (d: string) => {
      const seg = segmentStage.run(recordFromText(text, { publishedAt: d }), segmentStage.defaults) as ReturnType<typeof recordFromText>;
      seg.meta.publishedAt = d;
      return (entitiesStage.run(seg, entitiesStage.defaults) as ReturnType<typeof recordFromText>).entities ?? [];
    };
    expect(byName(at('2019-05-01'), 'Hakan Fidan')?.role).toBe('Intelligence Chief');
    expect(byName(at('2024-05-01'), 'Hakan Fidan')?.role).toBe('Foreign Minister');
    expect(byName(at('2019-05-01'), 'Mark Rutte')?.country).toBe('NLD');
    expect(byName(at('2025-05-01'), 'Mark Rutte')?.country).toBe('IGO');
  });
  it('the text\'s own title wins over the lexicon', () => {
    expect(byName(run('Defense Minister Hakan Fidan spoke.'), 'Hakan Fidan')?.role).toBe('Defense Minister');
  });
});

describe('forms of address', () => {
  it('are not roles; an apposition or the lexicon gives the office', () => {
    const es = run('His Highness Sheikh Zaved bin Tahir Al Velmar, Minister of Interior, received Dr. Orla Kest.');
    expect(byName(es, 'Zaved bin Tahir Al Velmar')?.role).toBe('Minister of Interior');
    expect(byName(es, 'Orla Kest')?.role).toBeUndefined();
  });
  it('a title list with "and" leaves no name behind', () => {
    const es = run('He received Ayman Safadi, Deputy Prime Minister and Minister of Foreign Affairs and Expatriates, in Amman.');
    expect(names(es, 'person')).toEqual(['Ayman Safadi']);
  });
});

describe('lowercase titles with their body', () => {
  it('keeps the organization before a lowercase title in the role', () => {
    const es = run('He spoke with UN chief Orvan Telsi and Hamas leader Yarin Sawal.');
    expect(byName(es, 'Orvan Telsi')?.role).toBe('UN chief');
    expect(byName(es, 'Orvan Telsi')?.country).toBe('IGO');
    expect(byName(es, 'Yarin Sawal')?.role).toBe('Hamas leader');
  });
});

describe('titles with "of"', () => {
  it('closes "Secretary of State" and "Minister of Foreign Affairs" before the name', () => {
    const es = run('Secretary of State Orin Balek met Minister of Foreign Affairs Tavo Renk and Chief of Staff Ilan Vero.');
    expect(byName(es, 'Orin Balek')?.role).toBe('Secretary of State');
    expect(byName(es, 'Tavo Renk')?.role).toBe('Minister of Foreign Affairs');
    expect(byName(es, 'Ilan Vero')?.role).toBe('Chief of Staff');
  });
  it('a title before "of" leaves the body named after it', () => {
    const es = run('He met the Deputy Chairman of the Presidential Court and the High Representative of the European Union.');
    expect(names(es, 'organization')).toEqual(expect.arrayContaining(['Presidential Court', 'European Union']));
    expect(names(es, 'organization').some((n) => /Chairman|Representative/.test(n))).toBe(false);
    expect(names(es, 'person')).toEqual([]);
  });
  it('a body with a head before "of" is an organization, a known body "of <country>" splits', () => {
    const es = run('The State Oil Company of Velmaria Republic signed. Officials of the Amiri Diwan of Qatar came.');
    expect(byName(es, 'State Oil Company of Velmaria Republic')?.kind).toBe('organization');
    expect(byName(es, 'Amiri Diwan')?.kind).toBe('organization');
    expect(byName(es, 'Qatar')?.kind).toBe('location');
  });
  it('a short sentence of names is no headline', () => {
    const es = run('U.S. Secretary of State Antony Blinken met.');
    expect(byName(es, 'Antony Blinken')?.role).toBe('Secretary of State');
  });
});

describe('untyped one-word names', () => {
  it('after "in" or "near" are places', () => {
    const es = run('Fighting continued in Zabaliya on Monday, officials said.');
    expect(byName(es, 'Zabaliya')?.kind).toBe('location');
  });
});

describe('country bodies by possessive', () => {
  it('names "Egypt’s presidency" the Egyptian presidency and keeps the text as an alias', () => {
    const e = byName(run('A statement from Egypt’s presidency said so.'), 'Egyptian presidency');
    expect(e?.kind).toBe('organization');
    expect(e?.aliases).toContain('Egypt’s presidency');
    expect(e?.country).toBe('EGY');
  });
});

describe('organizations and their countries in roles', () => {
  it('an organization before a lowercase title, acronym or not, is part of the role', () => {
    const es = run('The Velmar Intelligence Organization (VIO) head Tarun Oskel met reporters. The Armenian Foreign Ministry spokesperson Ani Veltan spoke.');
    expect(byName(es, 'Tarun Oskel')?.role).toBe('Velmar Intelligence Organization head');
    expect(byName(es, 'Ani Veltan')?.role).toBe('Armenian Foreign Ministry spokesperson');
    expect(byName(es, 'Ani Veltan')?.country).toBe('ARM');
    expect(byName(es, 'Armenian Foreign Ministry')?.country).toBe('ARM');
  });
});

describe('known names in compounds', () => {
  it('splits hyphenated known names and drops a qualifying demonym', () => {
    const text = 'The Israel-Hamas conflict went on. The leader of the Palestinian Hamas spoke.';
    const es = run(text);
    const hamas = byName(es, 'Hamas');
    expect(hamas?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Hamas', 'Hamas']);
    expect(byName(es, 'Israel')?.kind).toBe('location');
    expect(names(es, 'organization')).toEqual(['Hamas']);
  });
});

describe('acronym aliases', () => {
  it('does not alias an acronym known as something else, and aliases places too', () => {
    const es = run('He joined the Political Bureau of the Communist Party of China (CPC) and backed the Velmar-Tarn Economic Corridor (VTEC).');
    expect(byName(es, 'Political Bureau of the Communist Party of China')?.aliases ?? []).not.toContain('CPC');
    expect(byName(es, 'Velmar-Tarn Economic Corridor')?.aliases).toContain('VTEC');
  });
  it('names a place by its written form, not the dateline capitals', () => {
    const es = run('BEIJING, March 3 -- Leaders met in Beijing.');
    expect(byName(es, 'Beijing')?.mentions).toHaveLength(2);
  });
});

describe('sentence-initial known names', () => {
  it('keeps an ordinary first word that opens a known name', () => {
    const es = run('He spoke.\nUnited Nations spokesman Tarek Voll said the Syrian government agreed.');
    expect(byName(es, 'United Nations')?.kind).toBe('organization');
    expect(byName(es, 'Tarek Voll')?.role).toBe('United Nations spokesman');
    expect(byName(es, 'Syrian government')?.country).toBe('SYR');
  });
});

describe('organization coreference', () => {
  it('joins an acronym that spells the name and the name without its owner', () => {
    const es = run('The Velmar Security Council met. Later the VSC said the House Oversight Committee and the Oversight Committee agreed.');
    expect(byName(es, 'Velmar Security Council')?.mentions).toHaveLength(2);
    expect(byName(es, 'House Oversight Committee')?.mentions).toHaveLength(2);
  });
});

describe('roles across shared names', () => {
  it('a one-word mention does not lend its title to another holder of the name', () => {
    const es = run('Former Vice President Jon Varsk and his son Hale Varsk met. Vice President Varsk spoke later about Hale Varsk.');
    expect(byName(es, 'Hale Varsk')?.role).toBe('son');
  });
  it('a country name before a lowercase title is the portfolio, a demonym the nationality', () => {
    const es = run('The Kremlin welcomed it, said White House Russia adviser Fiona Vell. His Russian counterpart Sergey Lavrov agreed.');
    expect(byName(es, 'Fiona Vell')?.country).not.toBe('RUS');
    expect(byName(es, 'Sergey Lavrov')?.country).toBe('RUS');
  });
});
