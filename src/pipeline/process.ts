import { ArticleError } from './diagnostics.ts';
import type { Pipeline } from './definition.ts';
import { recordFromInput } from './record.ts';
import { runRecord } from './run.ts';
import type { ArticleInput, ArticleRecord } from './types.ts';

export interface ArticleFailure {
  stage: string;
  code: string;
  message: string;
}

export type ArticleResult =
  | { ok: true; id: string; article: string; events: string[]; eventCount: number; warnings: number; record?: ArticleRecord }
  | { ok: false; id: string; error: ArticleFailure };

/** One input through the whole pipeline; never throws for a bad input. */
export async function processInput(input: ArticleInput, pipeline: Pipeline, keepRecord = false): Promise<ArticleResult> {
  try {
    const start = recordFromInput(input);
    start.data = { ...start.data, pipeline: { name: pipeline.name, version: pipeline.version } };
    const r = await runRecord(start, pipeline);
    const article = r.serialized?.article ?? JSON.stringify(r.output ?? null) + '\n';
    const events = r.serialized?.events ?? [];
    return {
      ok: true,
      id: input.id,
      article,
      events,
      eventCount: events.length,
      warnings: r.diagnostics.filter((d) => d.severity !== 'info').length,
      ...(keepRecord ? { record: r } : {}),
    };
  } catch (err) {
    const e =
      err instanceof ArticleError
        ? { stage: err.stage, code: err.code, message: err.message }
        : { stage: 'pipeline', code: 'pipeline/crash', message: err instanceof Error ? err.message : String(err) };
    return { ok: false, id: input.id, error: e };
  }
}
