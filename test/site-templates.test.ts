import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers.ts';

// A footer written like prose passes every per-article rule; only the run as a whole shows
// that it is the site's template.
const FOOTER = 'The Morning Ledger is an independent newspaper that has covered politics and business across the region since 1950.';

describe('site template lines (clean option siteTemplates)', () => {
  it('drops a line repeated across the site’s articles only when the option is on', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    const names = ['Ankara', 'Doha', 'Cairo', 'Amman', 'Riyadh', 'Baku'];
    names.forEach((city, i) => {
      const body = `The foreign minister met his counterpart in ${city} on Monday to discuss trade, energy and regional security, officials said after the talks.\n\nThe two sides agreed to meet again next month in ${names[(i + 1) % names.length]}, according to a statement released by the ministry.`;
      writeFileSync(join(dir, 'in', `a${i}.txt`), `${body}\n\n${FOOTER}\n`);
      writeFileSync(join(dir, 'in', `a${i}.meta.json`), JSON.stringify({ source: 'ledger.example', publishedAt: '2024-05-0' + (i + 1) }));
    });
    writeFileSync(
      join(dir, 'templates.json'),
      JSON.stringify({ name: 'templates', stages: ['ingest', 'clean', 'validate', 'emit'], options: { clean: { siteTemplates: true } } }),
    );
    expect(cli(['in', '--out', 'plain', '--pipeline', 'clean-only'], dir).code).toBe(0);
    expect(cli(['in', '--out', 'tmpl', '--pipeline', 'templates.json'], dir).code).toBe(0);
    for (let i = 0; i < names.length; i++) {
      const plain = JSON.parse(readFileSync(join(dir, 'plain', `a${i}.json`), 'utf8'));
      const tmpl = JSON.parse(readFileSync(join(dir, 'tmpl', `a${i}.json`), 'utf8'));
      expect(plain.document.text).toContain('independent newspaper');
      expect(tmpl.document.text).not.toContain('independent newspaper');
      expect(tmpl.document.text).toContain(`in ${names[i]} on Monday`);
    }
  });
});
