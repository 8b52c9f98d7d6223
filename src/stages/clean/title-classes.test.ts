// Titles on fresh agency pages: the site's name where a headline would be, a standfirst in
// headline style under the headline, the URL's slug naming the headline. Dumps of our own making.
import { describe, expect, it } from 'vitest';
import { recordFromInput } from '../../pipeline/record.ts';
import type { ArticleRecord } from '../../pipeline/types.ts';
import { ingestStage } from '../ingest/index.ts';
import { cleanStage } from './index.ts';
import { stripSiteSuffix } from './TitleFinder.ts';

function clean(text: string, sidecar: object | null = null): ArticleRecord {
  const input = { id: 'a', path: 'a.txt', bytes: new TextEncoder().encode(text), sidecar: sidecar ? JSON.stringify(sidecar) : null, format: 'txt' as const, publishedFlag: null };
  return cleanStage.run(ingestStage.run(recordFromInput(input), ingestStage.defaults) as ArticleRecord, cleanStage.defaults) as ArticleRecord;
}

const PARAS = [
  'The foreign ministers of Chile and Peru met in Lima on Monday to discuss border crossings and the fight against organised crime in the Atacama region, officials said.',
  'The two ministers agreed to open a second customs post on the Pan-American Highway and to share police records on smuggling networks before the end of the year.',
  'Trade between the two neighbours reached a record last year, driven by copper, fruit and fishmeal exports, according to figures from the central banks.',
];
const HEADLINE = 'Chile, Peru agree to open second customs post on border';

describe('clean: the site name is not the headline', () => {
  it('a header title the copyright line names is the site; the headline is found in the page', () => {
    const r = clean([' date 2025-03-03 Andean Press Agency', '', HEADLINE, '', ...PARAS, '', 'All rights reserved (c) Andean Press Agency'].join('\n'));
    expect(r.meta.title).toBe(HEADLINE);
    expect(r.text).toContain(PARAS[0]);
  });
  it('a first line whose initials or letters are the address is the site', () => {
    const a = clean(['Andean Press Agency', 'Politics  Economy  World', '', HEADLINE, '', ...PARAS].join('\n'), { url: 'https://en.apa.example.pe/view/12345' });
    expect(a.meta.title).toBe(HEADLINE);
    const b = clean(['Andina Noticias', '', 'Chile and Peru agree', '', ...PARAS].join('\n'), { url: 'https://www.andinanoticias.pe/a/1' });
    expect(b.meta.title).toBe('Chile and Peru agree');
  });
  it('the site named in a paragraph or in the copyright line does not make its name a headline copy', () => {
    const paras = [...PARAS, 'The ministers will meet again at the Ministry of Foreign Affairs in Santiago in March, when they hope to sign a border agreement.'];
    const r = clean(['Ministry of Foreign Affairs', 'Navigation  Search  Español', '', HEADLINE, '', '03.03.2025 - Press release', '', ...paras, '', 'Copyright 2025 Ministry of Foreign Affairs'].join('\n'));
    expect(r.meta.title).toBe(HEADLINE);
  });
  it('a real headline that shares words with the site stays the headline', () => {
    const r = clean([' date 2025-03-03 Press agency chief resigns after leak', '', ...PARAS, '', 'Copyright 2025 Andean Press Agency'].join('\n'));
    expect(r.meta.title).toBe('Press agency chief resigns after leak');
  });
});

describe('clean: a site or section name before the headline', () => {
  it('a short name before a pipe-like separator goes; a dash or colon joining two halves stays', () => {
    expect(stripSiteSuffix('Xinhua | Wang Yi holds talks with Brazilian foreign minister')).toBe('Wang Yi holds talks with Brazilian foreign minister');
    expect(stripSiteSuffix('Opinion » Why the border talks failed again')).toBe('Why the border talks failed again');
    expect(stripSiteSuffix('Daily Sabah | Fidan meets Lavrov in Moscow | Politics')).toBe('Fidan meets Lavrov in Moscow');
    expect(stripSiteSuffix('Chile - Peru border deal signed in Lima')).toBe('Chile - Peru border deal signed in Lima');
    expect(stripSiteSuffix('Peru: ministers agree on border posts')).toBe('Peru: ministers agree on border posts');
    expect(stripSiteSuffix('Talks | Day two')).toBe('Talks | Day two');
    // A wire's version tag goes too; a headline's own brackets and capitals stay.
    expect(stripSiteSuffix('(LEAD) FM Cho, Japanese counterpart agree to keep shuttle diplomacy going')).toBe('FM Cho, Japanese counterpart agree to keep shuttle diplomacy going');
    expect(stripSiteSuffix('(2nd LD) N. Korea fires ballistic missile into East Sea')).toBe('N. Korea fires ballistic missile into East Sea');
    expect(stripSiteSuffix('UPDATE 2-Chile, Peru agree on border posts')).toBe('Chile, Peru agree on border posts');
    expect(stripSiteSuffix('(AMBASSADOR) Chile names new envoy to Peru')).toBe('(AMBASSADOR) Chile names new envoy to Peru');
    expect(stripSiteSuffix('UPDATE: talks resume in Lima')).toBe('UPDATE: talks resume in Lima');
  });
});

describe('clean: a standfirst in headline style', () => {
  const standfirst = 'Peruvian foreign minister hosts Chilean counterpart at border summit in Lima';
  it('under the headline and above the byline it is the standfirst, kept in the text', () => {
    const r = clean(['Andean Press Agency', 'Politics  Economy  World', '', HEADLINE, '', standfirst, '', 'Ana Roe | 03.03.2025 - Update : 03.03.2025', '', ...PARAS].join('\n'));
    expect(r.meta.title).toBe(HEADLINE);
    expect(r.text).toContain(standfirst);
  });
  it("above the author's bare name and the date it is the standfirst too", () => {
    const r = clean(['Example Daily', 'World  Business  Opinion', '', HEADLINE, '', 'Deal covers customs, police records and smuggling', 'Ana Roe', 'Mar 3, 2025', '', ...PARAS].join('\n'));
    expect(r.text).toContain('Deal covers customs, police records and smuggling');
    expect(r.text).not.toContain('Ana Roe');
  });
  it('a short widget line above the headline does not make the headline a standfirst', () => {
    const r = clean(['Weather in Lima: +21 °C', '', 'Chile and Peru agree on customs post', '', '03 March 2025, 14:35', '', ...PARAS].join('\n'));
    expect(r.meta.title).toBe('Chile and Peru agree on customs post');
  });
  it('the headline the URL spells wins over a line above it', () => {
    const r = clean(['Stocks rally in Lima as copper prices rise', '', 'Chile and Peru agree on customs post', '', '03 March 2025, 14:35', '', ...PARAS].join('\n'), { url: 'https://example.pe/news/chile-peru-agree-customs-post-4b7c2e/' });
    expect(r.meta.title).toBe('Chile and Peru agree on customs post');
  });
});

describe('clean: a wire headline naming its source after a dash', () => {
  it('the speaker after a dash stays; a site name after a dash or pipe goes', () => {
    expect(stripSiteSuffix('Putin, Tokayev agree to meet in Minsk in June — Kremlin')).toBe('Putin, Tokayev agree to meet in Minsk in June — Kremlin');
    expect(stripSiteSuffix('Border talks to resume next week - Foreign Ministry source')).toBe('Border talks to resume next week - Foreign Ministry source');
    expect(stripSiteSuffix('No date yet for the visit to Dushanbe – spokesman')).toBe('No date yet for the visit to Dushanbe – spokesman');
    expect(stripSiteSuffix('Ceasefire talks stall over prisoner lists — officials')).toBe('Ceasefire talks stall over prisoner lists — officials');
    expect(stripSiteSuffix('Chile and Peru sign border deal - Andean Daily')).toBe('Chile and Peru sign border deal');
    expect(stripSiteSuffix('Chile and Peru sign border deal — Lima Herald')).toBe('Chile and Peru sign border deal');
    expect(stripSiteSuffix('Chile and Peru sign border deal | Ministry')).toBe('Chile and Peru sign border deal');
  });
});
