import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordFromInput, recordFromText } from '../../pipeline/record.ts';
import type { ArticleRecord } from '../../pipeline/types.ts';
import { ingestStage } from '../ingest/index.ts';
import { cleanStage } from './index.ts';
import { dateFromUrl } from './UrlDateFinder.ts';
import { inlineDateline } from './DatelineFinder.ts';
import { stripSiteSuffix } from './TitleFinder.ts';
import { findDates } from './DateParser.ts';
import { extractHtml } from './html/extractHtml.ts';
import { cueOf } from './CueLineFilter.ts';

// Runs ingest then clean on a dump, as the pipeline does.
function clean(text: string, sidecar: Record<string, unknown> | null = null, path = 'a.txt'): ArticleRecord {
  const bytes = new TextEncoder().encode(text);
  const input = { id: 'a', path, bytes, sidecar: sidecar ? JSON.stringify(sidecar) : null, format: path.includes('.htm') ? ('html' as const) : ('txt' as const), publishedFlag: null };
  const r = ingestStage.run(recordFromInput(input), ingestStage.defaults) as ArticleRecord;
  return cleanStage.run(r, cleanStage.defaults) as ArticleRecord;
}

const BODY = [
  'Turkish Foreign Minister Hakan Fidan met his Qatari counterpart in Doha on Sunday to discuss the ceasefire talks and the delivery of aid to Gaza, the ministry said.',
  'The two ministers also reviewed bilateral relations and the preparations for a summit of regional leaders that is expected to take place later this year in Ankara.',
  'Fidan is expected to travel to Cairo on Monday, where he will meet Egyptian officials, according to diplomatic sources who spoke on condition of anonymity.',
];

/** Every copied piece of the map points at the same characters in the original. */
function expectMapConsistent(r: ArticleRecord): void {
  for (const p of r.offsets.pieces) {
    expect(p.at + p.length).toBeLessThanOrEqual(r.text.length);
    expect(p.orig + p.origLength).toBeLessThanOrEqual(r.original.length);
    if (p.length === p.origLength) expect(r.original.slice(p.orig, p.orig + p.origLength)).toBe(r.text.slice(p.at, p.at + p.length));
  }
}

describe('clean: boilerplate lines', () => {
  const dump = [
    'Skip to main content',
    'Home',
    'World',
    'Politics',
    'Fidan meets Qatari counterpart in Doha | News',
    'By John Smith',
    'Published June 30, 2024',
    '3 min read',
    'DOHA',
    BODY[0],
    'Talks on aid',
    BODY[1],
    'Hakan Fidan (L) and his Qatari counterpart (R) in Doha. (Photo: AFP)',
    BODY[2],
    BODY[1],
    'Share this article',
    'Related',
    'Egypt hosts talks on Sudan',
    'Egyptian officials hosted a round of talks on the war in Sudan on Saturday, bringing together envoys from the region and beyond.',
    'Iran and Iraq sign water deal',
    'We use cookies to improve your experience. By continuing to use this site you accept our cookie policy.',
    '© 2024 Example News. All rights reserved.',
  ].join('\n');
  const r = clean(dump);

  it('keeps the dateline, every body paragraph and the subheading, in order', () => {
    expect(r.text).toBe(['DOHA', BODY[0], 'Talks on aid', BODY[1], BODY[2]].join('\n\n'));
  });

  it('recovers the title without the site suffix, the dateline and the publication line', () => {
    expect(r.meta.title).toBe('Fidan meets Qatari counterpart in Doha');
    expect(r.meta.dateline).toBe('DOHA');
    expect(r.meta.publishedAt).toBe('2024-06-30');
    expect(r.meta.publishedAtSource).toBe('text');
    expect(r.meta.language).toBe('en');
  });

  it('labels every line with the rule that decided it', () => {
    const lines = r.lines!;
    expect(lines).toHaveLength(dump.split('\n').length);
    const reasonOf = (s: string) => lines.find((l) => r.original.slice(l.start, l.end) === s)?.reason ?? '';
    expect(reasonOf('Skip to main content')).toMatch(/^CueLineFilter/);
    expect(reasonOf('Hakan Fidan (L) and his Qatari counterpart (R) in Doha. (Photo: AFP)')).toMatch(/Caption|credit/i);
    expect(reasonOf('Related')).toMatch(/^RelatedBlockFilter/);
    expect(reasonOf(dump.split('\n')[18])).toMatch(/^RelatedBlockFilter/);
    expect(lines.filter((l) => l.reason === 'RepeatedLineFilter')).toHaveLength(1);
    expect(lines.find((l) => l.reason?.includes('subheading'))).toBeDefined();
  });

  it('maps the cleaned text back to the original', () => {
    expectMapConsistent(r);
    const at = r.text.indexOf('Cairo');
    const o = r.offsets.toOriginal(at, at + 5);
    expect(r.original.slice(o.start, o.end)).toBe('Cairo');
  });

  it('drops a comment section below the story, however prose-like', () => {
    const withComments = [BODY[0], BODY[1], BODY[2], '12 responses to “Fidan meets Qatari counterpart”', 'reader99 says:', 'This is the kind of diplomacy the region needs and I hope the talks in Doha bring a lasting ceasefire soon.'].join('\n');
    const c = clean(withComments);
    expect(c.text).toBe(BODY.join('\n\n'));
  });

  it('keeps a short last paragraph after an ad and a bulleted list inside the story', () => {
    const a = clean(['Biden meets Erdogan on sidelines of NATO summit', 'WASHINGTON (AP) — President Joe Biden met Turkish President Recep Tayyip Erdogan on Monday.', '"We had a good meeting," Biden said.', 'The two leaders discussed Sweden\'s bid.', 'Advertisement', 'The talks lasted an hour.'].join('\n'));
    expect(a.text.endsWith('The talks lasted an hour.')).toBe(true);
    expect(a.text).not.toContain('Advertisement');
    expect(a.meta.dateline).toBe('WASHINGTON');
    const b = clean(['Lavrov to visit Ankara next week', 'By Staff Reporter', BODY[0], 'The agenda includes:', '- grain exports', '- Syria', '- energy cooperation', 'Lavrov last visited Turkey in 2022, when he met then-Foreign Minister Mevlut Cavusoglu in Antalya.', 'Tags: Russia, Turkey', 'Share on Facebook'].join('\n'));
    expect(b.text).toBe([BODY[0], 'The agenda includes:', '- grain exports', '- Syria', '- energy cooperation', 'Lavrov last visited Turkey in 2022, when he met then-Foreign Minister Mevlut Cavusoglu in Antalya.'].join('\n\n'));
  });

  it('keeps stories of short sentences and the paragraph after a box of links', () => {
    const q = clean(' date 2024-03-01 Short quotes story\n\nANKARA\n\nErdogan met Scholz.\n\n"It was good," he said.\n\nScholz agreed.\n\nThey will meet again.');
    expect(q.text).toBe('ANKARA\n\nErdogan met Scholz.\n\n"It was good," he said.\n\nScholz agreed.\n\nThey will meet again.');
    const b = clean([BODY[0], BODY[1], 'READ ALSO', 'Sisi, Macron discuss Gaza by phone', 'They also agreed to continue coordination.'].join('\n'));
    expect(b.text).toBe([BODY[0], BODY[1], 'They also agreed to continue coordination.'].join('\n\n'));
  });

  it('drops a sidebar of teasers standing right above the story', () => {
    const r = clean(['Popular', 'US and China hold talks in Geneva', 'The two delegations met for six hours and agreed to meet again next month, officials said on Sunday.', 'EU leaders meet in Brussels', 'Leaders of the 27 member states gathered on Thursday to discuss the budget for the coming years.', 'Fidan meets Qatari counterpart in Doha', 'By John Smith', 'June 30, 2024', ...BODY].join('\n'));
    expect(r.text).toBe(BODY.join('\n\n'));
    expect(r.meta.title).toBe('Fidan meets Qatari counterpart in Doha');
  });

  it('keeps a cut-off last paragraph and drops a teaser cut mid-sentence', () => {
    const t = clean([BODY[0], BODY[1], 'A cease-fire agreement was announced by the'].join('\n'));
    expect(t.text.endsWith('announced by the')).toBe(true);
    const u = clean([BODY[0], BODY[1], 'Recent Posts', 'Brazil court denies passport return', 'Jair Bolsonaro’s passport remains seized as he faces charges. His attempt to attend…'].join('\n'));
    expect(u.text).toBe([BODY[0], BODY[1]].join('\n\n'));
  });
});

describe('clean: cue lexicon', () => {
  const cue = (s: string) => cueOf(s, s.split(/\s+/).length);
  it('recognises page furniture', () => {
    expect(cue('Phil Helsel is a reporter for NBC News.')).toBe('bio');
    expect(cue('By Amy Kuperinsky | NJ Advance Media for NJ.com')).toBe('byline');
    expect(cue('By John Smith')).toBe('byline');
    expect(cue('Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.')).toBe('prompt');
    expect(cue('STORY CONTINUES BELOW THIS AD')).not.toBeNull();
    expect(cue('+ ↺ − 16 px')).toBe('widget');
    expect(cue('1 min read')).toBe('widget');
  });
  it('leaves sentences of a story alone', () => {
    for (const s of ['The official is a former reporter for the paper.', 'By Sunday the deal was done.', 'By contrast, Turkey said no.', 'He said the talks would follow on Monday.', 'Share prices fell 3% on Monday.', 'The ministry said cookies and sweets were distributed to children in Gaza.', '30 minutes before the meeting, the envoy arrived.'])
      expect(cue(s)).toBeNull();
  });
});

describe('clean: header, title and dateline', () => {
  it('leaves the date header out of the text and takes its title', () => {
    const r = clean(` date 2024-02-04 Türkiye’s intel chief meets Hamas leader\n\nANKARA\n\n${BODY[0]}\n\n${BODY[1]}`);
    expect(r.meta.title).toBe('Türkiye’s intel chief meets Hamas leader');
    expect(r.text.startsWith('ANKARA\n\n')).toBe(true);
    expect(r.meta.publishedAtSource).toBe('header');
    expect(r.lines![0].label).toBe('header');
  });

  it('prefers the repeated headline in the page over a header title that is page furniture', () => {
    const r = clean(` date 2024-06-09  Contact Us\nNews Diplomacy Fidan holds talks with Hamas chief in Qatar\n\nFidan holds talks with Hamas chief in Qatar\n\n${BODY[0]}\n\nFIDAN HOLDS TALKS WITH HAMAS CHIEF IN QATAR\n\n${BODY[1]}`);
    expect(r.meta.title).toBe('Fidan holds talks with Hamas chief in Qatar');
    expect(r.text).not.toMatch(/FIDAN HOLDS|Contact Us/);
    expect(r.diagnostics.map((d) => d.code)).toContain('clean/junk-header-title');
  });

  it('keeps a header that holds the first paragraph in the text', () => {
    const r = clean(` date 2025-08-03 ${BODY[0]}\n\n${BODY[1]}`);
    expect(r.text.startsWith(BODY[0])).toBe(true);
    expect(r.original.slice(r.offsets.toOriginal(0, 7).start, r.offsets.toOriginal(0, 7).end)).toBe('Turkish');
  });

  it('keeps a known city opening the page as the dateline', () => {
    const r = clean(['New York', '', '17 September 2023', '', 'Readout of the Secretary-General’s meeting with the President of the European Council', '', 'António Guterres, Secretary-General', '', BODY[0], '', BODY[1]].join('\n'));
    expect(r.text.startsWith('New York\n\n' + BODY[0])).toBe(true);
    expect(r.meta.dateline).toBe('New York');
    expect(r.meta.publishedAt).toBe('2023-09-17');
    const menu = clean(['Sports', '', BODY[0], '', BODY[1]].join('\n'));
    expect(menu.text.startsWith(BODY[0])).toBe(true);
  });

  it('reads wire datelines', () => {
    expect(inlineDateline('DOHA, May 5 (Reuters) - Qatar said on Sunday')).toBe('DOHA');
    expect(inlineDateline('BEIJING, June 7 (Xinhua) -- Chinese President Hu Jintao held talks')).toBe('BEIJING');
    expect(inlineDateline('New Delhi, April 26: The talks began')).toBe('New Delhi');
    expect(inlineDateline('US President Joe Biden said on Monday')).toBeNull();
    expect(inlineDateline('The UN - which met on Monday - said')).toBeNull();
  });

  it('drops a caption standing above a dated dateline paragraph', () => {
    const r = clean(['Hu Jintao holds talks with Mongolian president', 'Chinese President Hu Jintao holds talks with Mongolian President Tsakhia Elbegdorj at the Great Hall of the People in Beijing, capital of China, June 7, 2012.', 'BEIJING, June 7 (Xinhua) -- Chinese President Hu Jintao held talks Thursday with Mongolian President Tsakhia Elbegdorj in the Great Hall of the People in Beijing.', BODY[1], BODY[2]].join('\n\n'));
    expect(r.text.startsWith('BEIJING, June 7')).toBe(true);
    expect(r.meta.dateline).toBe('BEIJING');
  });

  it('strips site suffixes only when they are short', () => {
    expect(stripSiteSuffix('Turkish Intelligence Chief Meets Hamas Leaders | News')).toBe('Turkish Intelligence Chief Meets Hamas Leaders');
    expect(stripSiteSuffix('Erdogan - Putin talks end')).toBe('Erdogan - Putin talks end');
  });
});

describe('clean: publication date', () => {
  it('reads dates in URLs', () => {
    expect(dateFromUrl('https://www.anews.com.tr/diplomacy/2024/06/09/turkish-fm')).toBe('2024-06-09');
    expect(dateFromUrl('https://example.com/news/20240526-talks')).toBe('2024-05-26');
    expect(dateFromUrl('https://example.com/world/2017/0511/story.html')).toBe('2017-05-11');
    expect(dateFromUrl('https://allafrica.com/stories/201901280440.html')).toBe('2019-01-28');
    expect(dateFromUrl('http://www.un.org/sg/en/readout/2023-09-17/readout')).toBe('2023-09-17');
    expect(dateFromUrl('https://example.com/news/2024/13/45/x')).toBeNull();
    expect(dateFromUrl('https://paralel.az/en/article/507622')).toBeNull();
  });

  it('reads written dates', () => {
    expect(findDates('Published June 09,2024').map((d) => d.value)).toEqual(['2024-06-09']);
    expect(findDates('13 Feb 2017, 04:18 am').map((d) => d.value)).toEqual(['2017-02-13']);
    expect(findDates('2019-01-28 | 10:15').map((d) => d.value)).toEqual(['2019-01-28']);
    expect(findDates('on Monday 29 April, 2024').map((d) => d.value)).toEqual(['2024-04-29']);
    expect(findDates('February 30, 2024')).toEqual([]);
  });

  it('takes the URL date before a date in the page, and never overrides the header', () => {
    const r = clean(`Published June 30, 2024\n${BODY[0]}\n${BODY[1]}`, { url: 'https://x.com/2024/06/29/story' });
    expect(r.meta.publishedAt).toBe('2024-06-29');
    expect(r.meta.publishedAtSource).toBe('url');
    const h = clean(` date 2024-01-01 A headline about talks\n${BODY[0]}\n${BODY[1]}`, { url: 'https://x.com/2024/06/29/story' });
    expect(h.meta.publishedAt).toBe('2024-01-01');
  });

  it('does not take a date from the story text as the publication date', () => {
    const r = clean(`${BODY[0]} The last meeting was held on March 3, 2023 in Ankara.\n${BODY[1]}`);
    expect(r.meta.publishedAt).toBeNull();
  });
});

describe('clean: markup and language', () => {
  it('decodes entities and drops tags while offsets point at the raw text', () => {
    const raw = `Erdo&#287;an&nbsp;met <span>Fidan</span> &amp; the Qatari emir in Doha on Sunday to discuss the talks on a ceasefire in Gaza, officials said.\n${BODY[1]}`;
    const r = clean(raw);
    expect(r.text.startsWith('Erdoğan met Fidan & the Qatari emir')).toBe(true);
    const o = r.offsets.toOriginal(0, 'Erdoğan met'.length);
    expect(r.original.slice(o.start, o.end)).toBe('Erdo&#287;an&nbsp;met');
    const f = r.text.indexOf('Fidan');
    const fo = r.offsets.toOriginal(f, f + 5);
    expect(r.original.slice(fo.start, fo.end)).toBe('Fidan');
    expectMapConsistent(r);
  });

  it('never calls a short English story foreign', () => {
    const r = clean('Erdogan receives Iraqi PM\n\nShare\n\nTurkish President Erdogan received Iraqi Prime Minister al-Sudani in Ankara on Monday.');
    expect(r.meta.language).toBe('en');
    expect(r.skipNlp).toBeUndefined();
  });

  it('marks text that is not English to skip the English-only stages', () => {
    const fr = 'Le ministre turc des Affaires étrangères a rencontré dimanche son homologue qatari à Doha pour discuter des négociations sur un cessez-le-feu et de l’aide humanitaire.\nLes deux ministres ont également passé en revue les relations bilatérales et la préparation du sommet régional prévu cette année.';
    const r = clean(fr);
    expect(r.meta.language).toBe('fr');
    expect(r.skipNlp).toBeTruthy();
    expect(r.diagnostics.map((d) => d.code)).toContain('clean/not-english');
    expect(r.text).toContain('homologue qatari');
    const de = clean('Der türkische Außenminister Hakan Fidan hat sich in Doha mit dem Chef des Politbüros der Hamas getroffen. Dabei ging es um die humanitäre Lage im Gazastreifen.');
    expect(de.meta.language).toBe('de');
  });
});

describe('clean: properties', () => {
  const lineArb = fc.oneof(
    fc.constantFrom(...BODY, 'Home', 'Share this', 'Related', 'DOHA', '', '&amp; &nbsp; &#8217; <b>', 'Read more: Fidan visits Cairo', '12 comments'),
    fc.string({ maxLength: 120 }),
    fc.lorem({ maxCount: 40 }),
  );

  it('never throws and keeps the map consistent on arbitrary dumps', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 25 }), fc.constantFrom('\n', '\r\n', '\n\n'), (lines, sep) => {
        const r = cleanStage.run(recordFromText(lines.join(sep)), cleanStage.defaults) as ArticleRecord;
        expect(r.lines!.length).toBe(r.original.split(/\r\n|\n|\r/).length);
        expectMapConsistent(r);
        const m = r.offsets.toOriginal(0, r.text.length);
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(r.original.length);
      }),
      { numRuns: 300 },
    );
  });

  it('copies each kept line verbatim unless it holds markup', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...BODY, 'Home', 'Share this', 'Subscribe to our newsletter'), { minLength: 1, maxLength: 12 }), (lines) => {
        const r = cleanStage.run(recordFromText(lines.join('\n')), cleanStage.defaults) as ArticleRecord;
        for (const para of r.text.split('\n\n').filter(Boolean)) expect(lines).toContain(para);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and does not change its input', () => {
    const rec = recordFromText(['Home', BODY[0], BODY[1]].join('\n'));
    const before = JSON.stringify(rec);
    const a = cleanStage.run(rec, cleanStage.defaults) as ArticleRecord;
    const b = cleanStage.run(rec, cleanStage.defaults) as ArticleRecord;
    expect(JSON.stringify(rec)).toBe(before);
    expect(a.text).toBe(b.text);
    expect(a.lines).toEqual(b.lines);
  });
});

describe('HTML input', () => {
  const page = `<!doctype html><html lang="en"><head>
<title>Fidan meets Qatari counterpart - Example News</title>
<meta property="og:title" content="Fidan meets Qatari counterpart">
<meta property="article:published_time" content="2024-06-09T23:30:00-04:00">
<link rel="canonical" href="https://example.com/world/fidan-qatar">
</head><body>
<nav><ul><li>Home</li><li>World</li></ul></nav>
<article><h1>Fidan meets Qatari counterpart</h1>
<p>${BODY[0]}</p>
<figure><img src="x.jpg"><figcaption>Fidan in Doha. (Photo: AFP)</figcaption></figure>
<p>${BODY[1].replace('bilateral', '<a href="/b">bilateral</a>')}</p>
<p>${BODY[2]}</p>
</article>
<footer>© 2024 Example News</footer>
</body></html>`;

  it('extracts the article and the <meta> data', () => {
    const ex = extractHtml(page, 'https://example.com/x');
    expect(ex.meta.publishedAt).toBe('2024-06-09');
    expect(ex.meta.title).toBe('Fidan meets Qatari counterpart');
    expect(ex.meta.url).toBe('https://example.com/world/fidan-qatar');
    expect(ex.text).toContain(BODY[1]);
    expect(ex.text).not.toContain('Photo: AFP');
    expect(ex.text.split('\n\n')).toContain(BODY[0]);
  });

  it('goes through ingest and clean with publishedAtSource "meta"', () => {
    const r = clean(page, null, 'a.html');
    expect(r.format).toBe('html');
    expect(r.meta.publishedAt).toBe('2024-06-09');
    expect(r.meta.publishedAtSource).toBe('meta');
    expect(r.meta.title).toBe('Fidan meets Qatari counterpart');
    expect(r.text).toBe(BODY.join('\n\n'));
    expectMapConsistent(r);
  });

  it('reads gzip pages and the charset a page declares', () => {
    const latin = page.replace('<head>', '<head><meta charset="iso-8859-1">').replace(BODY[2], 'Fidan will meet the Emir in Doha, the Ministry said, and the talks in Doha will focus on Gaza and the region.');
    const bytes = gzipSync(iconv.encode(latin.replace('Emir', 'Émir'), 'latin1'));
    const input = { id: 'g', path: 'g.html.gz', bytes: new Uint8Array(bytes), sidecar: null, format: 'html' as const, publishedFlag: null };
    const r = cleanStage.run(ingestStage.run(recordFromInput(input), ingestStage.defaults) as ArticleRecord, cleanStage.defaults) as ArticleRecord;
    expect(r.text).toContain('Émir');
    expect(r.diagnostics.map((d) => d.code)).toContain('ingest/not-utf8');
  });
});
