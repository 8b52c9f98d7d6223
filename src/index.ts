// The library API: the same pipeline as the command, without files or exit codes.
import type { Pipeline } from './pipeline/definition.ts';
import { loadPipeline } from './pipeline/loader.ts';
import type { ArticleOutput } from './pipeline/output.ts';
import { processInput, type ArticleFailure } from './pipeline/process.ts';
import type { SidecarMeta } from './pipeline/types.ts';

export type { ArticleOutput } from './pipeline/output.ts';
export type { ArticleRecord, Diagnostic, Entity, EventRecord, SidecarMeta, Stage, TimeExpr } from './pipeline/types.ts';
export type { Pipeline, PipelineDefinition } from './pipeline/definition.ts';
export type { ArticleFailure } from './pipeline/process.ts';
export { loadPipeline, buildPipeline } from './pipeline/loader.ts';
export { findInputs } from './pipeline/inputs.ts';
export { runBatch, type BatchOptions, type BatchSummary } from './pipeline/batch.ts';
export { runInputs, type Outcome, type RunOptions } from './pipeline/runner.ts';
export { defaultRegistry } from './stages/index.ts';

export interface ExtractOptions {
  /** The article id used in the output and in event ids (default "article"). */
  id?: string;
  /** What a sidecar would say: publishedAt, url, source, title. */
  meta?: SidecarMeta;
  /** Fallback publication date, as --published. */
  publishedAt?: string;
  /** 'html' for a page's HTML (default 'txt'). */
  format?: 'txt' | 'html';
  /** A pipeline name from pipelines/, a path, or a loaded pipeline (default news-events). */
  pipeline?: string | Pipeline;
}

export interface ExtractInput extends ExtractOptions {
  text: string | Uint8Array;
}

export type ExtractResult = { id: string; ok: true; output: ArticleOutput } | { id: string; ok: false; error: ArticleFailure };

function pipelineOf(p: ExtractOptions['pipeline']): Pipeline {
  return typeof p === 'object' ? p : loadPipeline(p ?? 'news-events');
}

async function one(input: ExtractInput, pipeline: Pipeline): Promise<ExtractResult> {
  const id = input.id ?? 'article';
  const bytes = typeof input.text === 'string' ? new TextEncoder().encode(input.text) : input.text;
  const r = await processInput(
    {
      id,
      path: `${id}.${input.format === 'html' ? 'html' : 'txt'}`,
      bytes,
      sidecar: input.meta ? JSON.stringify(input.meta) : null,
      format: input.format ?? 'txt',
      publishedFlag: input.publishedAt ?? null,
    },
    pipeline,
  );
  return r.ok ? { id, ok: true, output: JSON.parse(r.article) as ArticleOutput } : { id, ok: false, error: r.error };
}

/** One article's text (or bytes) to its output document. Throws only for a bad input, with the error record. */
export async function extract(text: string | Uint8Array, options: ExtractOptions = {}): Promise<ArticleOutput> {
  const r = await one({ ...options, text }, pipelineOf(options.pipeline));
  if (!r.ok) throw Object.assign(new Error(`${r.error.code}: ${r.error.message}`), r.error);
  return r.output;
}

/** Many articles as a stream, in input order; a bad input yields an error result and the stream goes on. */
export async function* extractMany(
  inputs: Iterable<ExtractInput> | AsyncIterable<ExtractInput>,
  options: Pick<ExtractOptions, 'pipeline'> = {},
): AsyncGenerator<ExtractResult> {
  const pipeline = pipelineOf(options.pipeline);
  for await (const input of inputs) yield await one(input, pipeline);
}
