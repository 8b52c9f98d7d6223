import { describe, expect, it } from 'vitest';
import { extract, extractMany } from '../src/index.ts';
import { validateArticle } from '../src/pipeline/schemas.ts';

describe('library API', () => {
  it('extracts one text with its metadata into a valid document', async () => {
    const out = await extract('Fidan met Blinken in Ankara on Monday.\n', {
      id: 'x',
      meta: { publishedAt: '2024-03-06', url: 'https://www.example.org/a', title: 'T' },
    });
    expect(validateArticle(out)).toBeNull();
    expect(out.document).toMatchObject({ id: 'x', publishedAt: '2024-03-06', publishedAtSource: 'sidecar', source: 'example.org', title: 'T' });
  });

  it('streams many inputs in order and goes on past a bad one', async () => {
    const ids: string[] = [];
    const oks: boolean[] = [];
    for await (const r of extractMany([
      { id: 'a', text: 'One sentence here.' },
      { id: 'b', text: '' },
      { id: 'c', text: 'Another one.', publishedAt: '2024-01-01' },
    ])) {
      ids.push(r.id);
      oks.push(r.ok);
      if (!r.ok) expect(r.error.code).toBe('ingest/empty');
    }
    expect(ids).toEqual(['a', 'b', 'c']);
    expect(oks).toEqual([true, false, true]);
  });

  it('throws the error record for a bad single input', async () => {
    await expect(extract('')).rejects.toMatchObject({ code: 'ingest/empty', stage: 'ingest' });
  });
});
