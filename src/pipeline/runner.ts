import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';
import type { Pipeline } from './definition.ts';
import type { FoundInput } from './inputs.ts';
import { WorkerPool } from './pool.ts';
import { processInput, type ArticleResult } from './process.ts';
import { sha256 } from './record.ts';
import { findSiteTemplates } from './siteTemplates.ts';
import type { ArticleInput } from './types.ts';
import { articleFile, existingStamp } from './writer.ts';

export interface RunOptions {
  /** Worker threads; 1 runs in this thread. Default: the machine's cores. */
  concurrency?: number;
  /** Fallback publication date (--published). */
  published?: string | null;
  /** Output folder, for incremental reruns: an article whose output holds the same input hash and pipeline version is skipped. */
  outDir?: string | null;
  force?: boolean;
}

export type Outcome =
  | { status: 'ok'; input: FoundInput; result: Extract<ArticleResult, { ok: true }> }
  | { status: 'failed'; input: FoundInput; result: Extract<ArticleResult, { ok: false }> }
  | { status: 'skipped'; input: FoundInput };

export function defaultConcurrency(): number {
  return Math.max(1, availableParallelism());
}

function readInput(f: FoundInput, published: string | null, siteLines?: string[]): ArticleInput {
  return {
    ...(siteLines ? { siteLines } : {}),
    id: f.id,
    path: f.path,
    bytes: readFileSync(f.file),
    sidecar: f.sidecarFile ? readFileSync(f.sidecarFile, 'utf8') : null,
    format: f.format,
    publishedFlag: published,
  };
}

/**
 * Runs the pipeline over many inputs and yields one outcome per input, in input order
 * (as spaCy's nlp.pipe does), while up to `concurrency` articles are processed at once.
 */
export async function* runInputs(inputs: FoundInput[], pipeline: Pipeline, opts: RunOptions = {}): AsyncGenerator<Outcome> {
  const threads = Math.max(1, Math.min(opts.concurrency ?? defaultConcurrency(), inputs.length || 1));
  const pool = threads > 1 ? new WorkerPool(threads, pipeline.definition) : null;
  const limit = pLimit(threads * 2);
  const window = threads * 4;
  const clean = pipeline.stages.find((s) => s.stage.name === 'clean')?.options as
    | { siteTemplates?: boolean; siteTemplateMinArticles?: number; siteTemplateMinShare?: number }
    | undefined;
  const templates = clean?.siteTemplates
    ? findSiteTemplates(inputs, { minArticles: clean.siteTemplateMinArticles ?? 5, minShare: clean.siteTemplateMinShare ?? 0.5 })
    : null;
  const one = (f: FoundInput): Promise<Outcome> =>
    limit(async () => {
      let input: ArticleInput;
      try {
        input = readInput(f, opts.published ?? null, templates?.get(f.id));
      } catch (err) {
        return { status: 'failed', input: f, result: { ok: false, id: f.id, error: { stage: 'ingest', code: 'ingest/unreadable', message: (err as Error).message } } };
      }
      if (opts.outDir && !opts.force) {
        const stamp = existingStamp(articleFile(opts.outDir, f.id));
        if (stamp && stamp.sha256 === sha256(input.bytes) && stamp.version === pipeline.version) return { status: 'skipped', input: f };
      }
      const result = pool ? await pool.run(input) : await processInput(input, pipeline);
      return result.ok ? { status: 'ok', input: f, result } : { status: 'failed', input: f, result };
    });
  const started: Promise<Outcome>[] = [];
  try {
    for (let i = 0; i < inputs.length; i++) {
      while (started.length < Math.min(inputs.length, i + window)) started.push(one(inputs[started.length]));
      yield await started[i];
    }
  } finally {
    await Promise.allSettled(started);
    await pool?.close();
  }
}
