// Name classes of business and general news: titles naming a country, indexes, products,
// acronyms of things, places by their state, units of companies.
import { describe, expect, it } from 'vitest';
import { run, names, byName } from './testing.ts';


describe('a title closed by a country of several words', () => {
  it('keeps the whole country in the title, the name after it', () => {
    const es = run('In a speech on Tuesday evening, President of the United States Darel Voss presented the plan to the press.');
    expect(names(es, 'person')).toEqual(['Darel Voss']);
    expect(byName(es, 'Darel Voss')?.role).toBe('President of the United States');
    expect(byName(es, 'Darel Voss')?.country).toBe('USA');
  });
  it('still ends a title at a one-word country', () => {
    const es = run('On Monday the Prime Minister of Pakistan Orhan Salik arrived in the capital for two days of talks.');
    expect(names(es, 'person')).toEqual(['Orhan Salik']);
  });
});

describe('a town placed by its state', () => {
  it('reads the name before ", <state>" after a place preposition as a town', () => {
    const es = run('The consortium will assemble the tankers in Mobile, Alabama, and test them near Shelby, Montana next year.');
    expect(byName(es, 'Mobile')?.kind).toBe('location');
    expect(byName(es, 'Shelby')?.kind).toBe('location');
    expect(byName(es, 'Alabama')?.kind).toBe('location');
  });
  it('leaves a body and a clause alone', () => {
    const es = run('The bill was sent to Congress, Washington officials said, and it passed the Senate, Ohio lawmakers added.');
    expect(names(es, 'location')).not.toContain('Congress');
    expect(names(es, 'location')).not.toContain('Senate');
  });
});

describe('stock market indexes by how they move', () => {
  it('a name moving by points, or a known index name moving by any figure, is an index', () => {
    const es = run('Markets slid worldwide on Thursday. The Velmar fell 82.65 points, the Nikkei closed down 6.4 percent and the Dow Jones was down 2.6%.');
    expect(names(es, 'organization')).toEqual([]);
  });
  it('a company moving by percent stays a company, and so does an exchange that acts', () => {
    const es = run('Shares of Orvella fell 3% on Monday after Orvella said profits shrank. The Nasdaq exchange said it would list the firm next month.');
    expect(names(es, 'organization')).toEqual(expect.arrayContaining(['Orvella', 'Nasdaq']));
  });
  it('drops the ticker in brackets and keeps a country before the index', () => {
    const text = 'Markets rallied on Friday as the Dow Jones industrial average (INDU) finished up 5.8 percent, while the United States Dow Jones Industrial Average had its best week.';
    const es = run(text);
    expect(names(es, 'organization')).toEqual([]);
    expect(byName(es, 'United States')?.kind).toBe('location');
  });
});

describe('organizations that look like places', () => {
  it('a treasury or a mutual closes an organization name', () => {
    const es = run('The firm told the Velmaria Treasury on Monday that it repaid its loans, as Orvington Mutual did last year.');
    expect(byName(es, 'Velmaria Treasury')?.kind).toBe('organization');
    expect(byName(es, 'Orvington Mutual')?.kind).toBe('organization');
  });
  it('an acronym then a region is a company unit; a country then a region stays a place', () => {
    const es = run('The deal lets Boeing and KVX North America build the jets, while demand fell across the US Midwest.');
    expect(byName(es, 'KVX North America')?.kind).toBe('organization');
    expect(names(es, 'organization')).not.toContain('US Midwest');
  });
});

describe('adjectives of places', () => {
  it('a demonym-shaped word the tagger alone calls a place is no place before a noun', () => {
    const es = run('Funding will also be provided by the Victorian state government, the minister said on Friday.');
    expect(names(es, 'location')).toEqual([]);
  });
});

describe('products', () => {
  it('a name given once after its model number is the product wherever the article names it', () => {
    const es = run('The Velbury 848 “Skyrunner” made its first flight on Tuesday. Velbury said the “Skyrunner” is lighter than earlier jets.');
    expect(names(es, 'organization')).not.toContain('Skyrunner');
  });
  it('a maker then a name only the tagger typed is a product, and the name alone too; a unit or a short form is not', () => {
    const text = 'Ford Motor Company said it will revive the Ford Taurus next year. Ford said the Taurus sold well. Ford Australia got a loan, and China Eastern Airlines said China Eastern would buy jets.';
    const es = run(text);
    const orgs = names(es, 'organization');
    expect(orgs).not.toContain('Ford Taurus');
    expect(orgs).not.toContain('Taurus');
    expect(orgs).toEqual(expect.arrayContaining(['Ford Motor Company', 'Ford Australia', 'China Eastern Airlines']));
  });
  it('an apposition calling a name a version makes it a product', () => {
    const es = run('Fans are buzzing about Cobalt, the newest version of the system. Vendors said Cobalt ships in May.');
    expect(names(es, 'organization')).not.toContain('Cobalt');
  });
});

describe('acronyms of things', () => {
  it('an acronym spelled out by ordinary words or an event is no organization', () => {
    const es = run('Analysts said that Maintenance, Repair and Overhaul (MRO) work could double. MRO costs rose. Jobs spoke at the Velmar Developers Conference (VDC) on Monday.');
    expect(names(es, 'organization')).toEqual([]);
  });
  it('an acronym spelled out by a headed or plural name stays the organization', () => {
    const es = run('The Velmar Ports Authority (VPA) and the United Dock Workers (UDW) signed the deal.');
    expect(names(es, 'organization')).toEqual(expect.arrayContaining(['Velmar Ports Authority', 'United Dock Workers']));
    expect(byName(es, 'Velmar Ports Authority')?.aliases).toContain('VPA');
  });
});

describe('currencies and titles after a body', () => {
  it('letters glued to a dollar sign are a currency, not the body they also spell', () => {
    const es = run('The state will lend the carmaker AU$52.5 million, and the loan adds CA$3 billion to the package.');
    expect(names(es, 'organization')).toEqual([]);
  });
  it('a title of several words closing a body name is cut off whole', () => {
    const es = run('“We will act,” said Dana Velt, the White House Press Secretary, on Friday.');
    expect(names(es, 'organization')).toEqual(['White House']);
  });
});

describe('venues', () => {
  it('a name only the tagger typed, between "at the" and a venue noun, is the venue', () => {
    const es = run('On Monday, at the keynote at the Moscone West center in San Francisco, Jobs introduced the software.');
    expect(byName(es, 'Moscone West')?.kind).toBe('location');
  });
});

describe('the country a title names', () => {
  it('is a place mention, and the person keeps it as the country; a demonym stays no mention', () => {
    const es = run('Guests included the President of Ghana, Nana Orvel, and U.S. Secretary of State Tom Brill, who met Kenyan President Ilo Varo.');
    expect(names(es, 'location').sort()).toEqual(['Ghana', 'U.S.']);
    expect(byName(es, 'Tom Brill')?.country).toBe('USA');
    expect(byName(es, 'Ilo Varo')?.country).toBe('KEN');
  });
});

describe('one mention per name', () => {
  it('a known name inside a longer name of the same entity is no second mention', () => {
    const text = 'General Motors Corporation said on Wednesday that sales fell by a third.';
    const gm = run(text).find((e) => e.kind === 'organization');
    expect(gm?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['General Motors Corporation']);
  });
});
