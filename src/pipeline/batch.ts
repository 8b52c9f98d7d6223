import { join } from 'node:path';
import type { Pipeline } from './definition.ts';
import type { FoundInput } from './inputs.ts';
import { runInputs, type Outcome, type RunOptions } from './runner.ts';
import { articleFile, collectEventLines, writeAtomic, writeJsonl } from './writer.ts';

export interface BatchOptions extends RunOptions {
  outDir: string;
  /** Called after each article, in input order (progress, streaming). */
  onOutcome?: (o: Outcome, done: number, total: number) => void;
}

export interface BatchSummary {
  ok: number;
  failed: number;
  skipped: number;
  events: number;
  seconds: number;
  errors: { path: string; stage: string; code: string; message: string }[];
}

/**
 * The whole job of the command: every input through the pipeline, each article file written
 * atomically as soon as it is done, then events.jsonl rebuilt from all article files in the
 * folder and errors.jsonl written for this run.
 */
export async function runBatch(inputs: FoundInput[], pipeline: Pipeline, opts: BatchOptions): Promise<BatchSummary> {
  const t0 = performance.now();
  const s: BatchSummary = { ok: 0, failed: 0, skipped: 0, events: 0, seconds: 0, errors: [] };
  let done = 0;
  for await (const o of runInputs(inputs, pipeline, opts)) {
    done++;
    if (o.status === 'ok') {
      writeAtomic(articleFile(opts.outDir, o.input.id), o.result.article);
      s.ok++;
      s.events += o.result.eventCount;
    } else if (o.status === 'skipped') {
      s.skipped++;
    } else {
      s.failed++;
      s.errors.push({ path: o.input.file, ...o.result.error });
    }
    opts.onOutcome?.(o, done, inputs.length);
  }
  writeJsonl(join(opts.outDir, 'events.jsonl'), collectEventLines(opts.outDir));
  writeJsonl(join(opts.outDir, 'errors.jsonl'), s.errors.map((e) => JSON.stringify(e)));
  s.seconds = Math.round((performance.now() - t0) / 10) / 100;
  return s;
}
