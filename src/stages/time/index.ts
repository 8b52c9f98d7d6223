// The time stage: every temporal expression of the body, resolved against the publication
// date at the precision the text gives. Parsers propose, refiners filter, merge and resolve
// (chrono-node's shape); the order and its reasons are in configuration.ts.
import { report } from '../../pipeline/diagnostics.ts';
import { originalSpan } from '../../pipeline/record.ts';
import type { ArticleRecord, Stage, TimeExpr } from '../../pipeline/types.ts';
import { parseYmd } from './calendar.ts';
import { PARSERS, REFINERS } from './configuration.ts';
import { linesAsSentences } from './sentences.ts';
import type { Candidate, Context } from './types.ts';

export interface TimeOptions {
  /** Keep DURATION and SET expressions in `times` (they are never event dates). */
  durations: boolean;
}

/** Runs every parser, then every refiner in order, over one text. Never throws on odd text. */
export function findTimes(text: string, publishedAt: string | null, sentences: { start: number; end: number }[] = []): Candidate[] {
  const sorted = sentences.length ? [...sentences].sort((a, b) => a.start - b.start) : linesAsSentences(text);
  const ctx: Context = { text, sentences: sorted, published: parseYmd(publishedAt) };
  let candidates: Candidate[] = [];
  for (const p of PARSERS) candidates.push(...p.parse(ctx));
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const r of REFINERS) candidates = r.refine(ctx, candidates);
  return candidates;
}

export function toTimeExpr(c: Candidate): TimeExpr {
  return {
    start: c.start,
    end: c.end,
    type: c.type,
    value: c.value ?? null,
    anchor: c.anchor ?? 'publication',
    granularity: c.granularity ?? 'other',
  };
}

export const timeStage: Stage<TimeOptions> = {
  name: 'time',
  description: 'temporal expressions resolved against the publication date',
  requires: ['text', 'sentences', 'meta'],
  assigns: ['times'],
  defaults: { durations: true },
  run(record: ArticleRecord, options: TimeOptions): ArticleRecord {
    if (record.skipNlp) return { ...record, times: [] };
    const found = findTimes(record.text, record.meta.publishedAt, record.sentences ?? []);
    const kept = found.filter((c) => options.durations !== false || (c.type !== 'DURATION' && c.type !== 'SET'));
    let out: ArticleRecord = { ...record, times: kept.map(toTimeExpr) };
    const unanchored = kept.filter((c) => c.unresolved === 'no-anchor');
    if (unanchored.length > 0) {
      const first = unanchored[0];
      out = report(
        out,
        'time',
        'warning',
        'time/no-anchor',
        `${unanchored.length} relative time expression(s) left without a value ("${first.text}" first): no publication date is known; pass --published YYYY-MM-DD or a sidecar publishedAt to resolve them`,
        originalSpan(record, first.start, first.end),
      );
    }
    return out;
  },
};
