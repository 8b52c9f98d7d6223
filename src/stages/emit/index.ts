import { eventLine } from '../../pipeline/output.ts';
import { ArticleError } from '../../pipeline/diagnostics.ts';
import type { ArticleRecord, Stage } from '../../pipeline/types.ts';

export interface EmitOptions {
  /** Spaces of indentation in <id>.json (0: one line). */
  indent: number;
}

/**
 * Serializes the validated output: the <id>.json text and the article's events.jsonl lines.
 * Writing is the runner's job (atomically), so the stage stays a pure function.
 */
export const emitStage: Stage<EmitOptions> = {
  name: 'emit',
  description: 'serialize the article file and its events.jsonl lines (fixed key order)',
  requires: ['output'],
  assigns: ['serialized'],
  defaults: { indent: 2 },
  run(record: ArticleRecord, options: EmitOptions): ArticleRecord {
    const out = record.output as { events?: Record<string, unknown>[] } | undefined;
    if (!out) throw new ArticleError('emit', 'emit/no-output', 'nothing to emit: the validate stage must run before emit');
    const article = JSON.stringify(out, null, options.indent || undefined) + '\n';
    const events = (out.events ?? []).map((e) => JSON.stringify(eventLine(record.id, e)));
    return { ...record, serialized: { article, events } };
  },
};
