import { describe, expect, it } from 'vitest';
import { ArticleError } from '../../pipeline/diagnostics.ts';
import { recordFromInput } from '../../pipeline/record.ts';
import type { ArticleRecord } from '../../pipeline/types.ts';
import { ingestStage } from './index.ts';

function ingest(bytes: Uint8Array | string, sidecar: string | null = null, flag: string | null = null): ArticleRecord {
  const b = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const r = recordFromInput({ id: 'a', path: 'a.txt', bytes: b, sidecar, format: 'txt', publishedFlag: flag });
  return ingestStage.run(r, ingestStage.defaults) as ArticleRecord;
}

function failure(fn: () => unknown): ArticleError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ArticleError) return err;
    throw err;
  }
  throw new Error('expected an ArticleError');
}

describe('ingest', () => {
  it('reads the date header and its headline', () => {
    const r = ingest(' date 2024-02-04 Türkiye’s intel chief meets Hamas leader\n\nANKARA\n\nBody.');
    expect(r.meta.publishedAt).toBe('2024-02-04');
    expect(r.meta.publishedAtSource).toBe('header');
    expect(r.meta.title).toBe('Türkiye’s intel chief meets Hamas leader');
  });

  it('ranks the sidecar above the header and the header above the flag', () => {
    const text = ' date 2024-02-04 Title\nBody.';
    expect(ingest(text, '{"publishedAt":"2024-02-01T10:00:00Z","url":"https://www.example.com/x"}').meta).toMatchObject({
      publishedAt: '2024-02-01',
      publishedAtSource: 'sidecar',
      source: 'example.com',
    });
    expect(ingest(text, null, '2020-01-01').meta.publishedAtSource).toBe('header');
    expect(ingest('Body only.', null, '2020-01-01').meta).toMatchObject({ publishedAt: '2020-01-01', publishedAtSource: 'flag' });
    expect(ingest('Body only.').meta.publishedAt).toBeNull();
  });

  it('strips a BOM without counting it', () => {
    const r = ingest(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Hi there.')]));
    expect(r.original).toBe('Hi there.');
  });

  it('reads Windows-1252 input and says so', () => {
    const r = ingest(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]));
    expect(r.original).toBe('Café “ok”');
    expect(r.diagnostics.map((d) => d.code)).toContain('ingest/not-utf8');
  });

  it('refuses empty, binary, oversized input and a bad sidecar with clear codes', () => {
    expect(failure(() => ingest('')).code).toBe('ingest/empty');
    expect(failure(() => ingest('  \n\n ')).code).toBe('ingest/empty');
    expect(failure(() => ingest(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))).code).toBe('ingest/binary');
    const big = recordFromInput({ id: 'a', path: 'a.txt', bytes: new Uint8Array(20), sidecar: null, format: 'txt', publishedFlag: null });
    expect(failure(() => ingestStage.run(big, { maxBytes: 10 })).code).toBe('ingest/too-large');
    const bad = failure(() => ingest('Body.', '{"publishedAt": 2024'));
    expect(bad.code).toBe('ingest/bad-sidecar');
    expect(bad.message).toMatch(/not valid JSON/);
    expect(failure(() => ingest('Body.', '{"publishedAt": "last week"}')).message).toMatch(/publishedAt/);
    expect(failure(() => ingest('Body.', '{"publishedAt": "2024-02-30"}')).message).toMatch(/not a calendar date/);
  });
});
