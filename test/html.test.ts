import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { validateArticle } from '../src/pipeline/schemas.ts';
import { cli, tempDir } from './helpers.ts';

const PAGE = `<!doctype html><html><head>
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
<meta property="og:title" content="Fidan meets Blinken in Ankara | World News">
<link rel="canonical" href="https://news.example.com/world/fidan-blinken">
<title>Fidan meets Blinken in Ankara | World News</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Fidan meets Blinken in Ankara</h1>
<p>Turkish Foreign Minister Hakan Fidan met U.S. Secretary of State Antony Blinken in Ankara on Monday, the ministry said in a statement after the talks.</p>
<p>The two ministers discussed the war in Gaza, humanitarian aid and regional security, according to diplomatic sources who spoke on condition of anonymity.</p>
<p>Blinken arrived in the Turkish capital on Sunday evening as part of a regional tour that also took him to Athens and Amman earlier in the week.</p>
</article>
<footer><p>© 2024 World News. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>`;

describe('HTML input', () => {
  it('reads .html and .html.gz pages, with offsets into document.original', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'page.html'), PAGE);
    writeFileSync(join(dir, 'in', 'zipped.html.gz'), gzipSync(PAGE));
    const r = cli(['in', '--out', 'out'], dir);
    expect(r.code).toBe(0);
    for (const id of ['page', 'zipped']) {
      const j = JSON.parse(readFileSync(join(dir, 'out', `${id}.json`), 'utf8'));
      expect(validateArticle(j)).toBeNull();
      expect(j.document.publishedAt).toBe('2024-03-05');
      expect(j.document.publishedAtSource).toBe('meta');
      expect(j.document.title).toBe('Fidan meets Blinken in Ankara');
      expect(j.document.text).toContain('met U.S. Secretary of State Antony Blinken in Ankara on Monday');
      expect(j.document.text).not.toMatch(/Privacy policy|All rights reserved|<p>/);
      const original: string = j.document.original;
      expect(original).toBeTypeOf('string');
      for (const e of j.entities) for (const m of e.mentions) expect(original.slice(m.start, m.end)).toBe(m.text);
      const people = j.entities.filter((e: { kind: string }) => e.kind === 'person').map((e: { name: string }) => e.name);
      expect(people).toEqual(expect.arrayContaining(['Hakan Fidan', 'Antony Blinken']));
      const meeting = j.events.find((e: { type: string }) => e.type === 'meeting');
      expect(meeting.date.value).toBe('2024-03-04');
      expect(meeting.location.name).toBe('Ankara');
    }
  });
});
