// Runs the first stages of the default pipeline on one file or text, in process.
// For development and tests: `runFile('fixtures/dev/001.txt', 'segment')`.
import { existsSync, readFileSync } from 'node:fs';
import { defaultRegistry } from '../stages/index.ts';
import { recordFromInput } from './record.ts';
import type { ArticleRecord } from './types.ts';

export const DEFAULT_ORDER = ['ingest', 'clean', 'segment', 'entities', 'time', 'events', 'validate', 'emit'];

export async function runBytes(
  bytes: Uint8Array,
  opts: { id?: string; sidecar?: string | null; publishedAt?: string | null; upTo?: string; format?: 'txt' | 'html' } = {},
): Promise<ArticleRecord> {
  const registry = defaultRegistry();
  let r: ArticleRecord = recordFromInput({
    id: opts.id ?? 'doc',
    path: `${opts.id ?? 'doc'}.txt`,
    bytes,
    sidecar: opts.sidecar ?? null,
    format: opts.format ?? 'txt',
    publishedFlag: opts.publishedAt ?? null,
  });
  const last = DEFAULT_ORDER.indexOf(opts.upTo ?? 'events');
  for (const name of DEFAULT_ORDER.slice(0, last + 1)) {
    const stage = registry.get(name)!;
    r = await stage.run(r, { ...(stage.defaults as object) });
  }
  return r;
}

export async function runText(text: string, opts: Parameters<typeof runBytes>[1] = {}): Promise<ArticleRecord> {
  return runBytes(new TextEncoder().encode(text), opts);
}

/** `path` is a .txt file; its NAME.meta.json sidecar is read when present. */
export async function runFile(path: string, upTo = 'events', publishedAt: string | null = null): Promise<ArticleRecord> {
  const side = path.replace(/\.(txt|html?|html\.gz)$/, '.meta.json');
  const id = path.split('/').pop()!.replace(/\.(txt|html?|html\.gz)$/, '');
  return runBytes(readFileSync(path), {
    id,
    sidecar: side !== path && existsSync(side) ? readFileSync(side, 'utf8') : null,
    publishedAt,
    upTo,
    format: /\.html?(\.gz)?$/.test(path) ? 'html' : 'txt',
  });
}
