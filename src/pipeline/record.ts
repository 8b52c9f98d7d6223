import { createHash } from 'node:crypto';
import { OffsetMap } from './offsets.ts';
import type { ArticleInput, ArticleRecord } from './types.ts';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A record before ingest: no text yet. Ingest decodes `input.bytes` into `original`. */
export function recordFromInput(input: ArticleInput): ArticleRecord & { input: ArticleInput } {
  return {
    id: input.id,
    path: input.path,
    format: input.format,
    sha256: sha256(input.bytes),
    original: '',
    text: '',
    offsets: OffsetMap.identity(0),
    meta: { url: null, source: null, title: null, publishedAt: null, publishedAtSource: null, dateline: null, language: null },
    sidecar: null,
    publishedFlag: input.publishedFlag,
    diagnostics: [],
    data: input.siteLines ? { siteLines: input.siteLines } : {},
    input,
  };
}

/** A record for a text already decoded (library use and stage tests). */
export function recordFromText(
  text: string,
  opts: { id?: string; path?: string; publishedAt?: string | null; title?: string | null } = {},
): ArticleRecord {
  const bytes = new TextEncoder().encode(text);
  return {
    id: opts.id ?? 'doc',
    path: opts.path ?? `${opts.id ?? 'doc'}.txt`,
    format: 'txt',
    sha256: sha256(bytes),
    original: text,
    text,
    offsets: OffsetMap.identity(text.length),
    meta: {
      url: null,
      source: null,
      title: opts.title ?? null,
      publishedAt: opts.publishedAt ?? null,
      publishedAtSource: opts.publishedAt ? 'flag' : null,
      dateline: null,
      language: null,
    },
    sidecar: null,
    publishedFlag: opts.publishedAt ?? null,
    diagnostics: [],
    data: {},
  };
}

/** Original offsets of a span of `record.text`, with the original's text. */
export function originalSpan(record: ArticleRecord, start: number, end: number): { start: number; end: number; text: string } {
  const o = record.offsets.toOriginal(start, end);
  return { start: o.start, end: o.end, text: record.original.slice(o.start, o.end) };
}
