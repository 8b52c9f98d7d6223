import { existsSync, readFileSync } from 'node:fs';
import { findInputs } from '../pipeline/inputs.ts';
import { loadPipeline } from '../pipeline/loader.ts';
import { runInputs } from '../pipeline/runner.ts';
import type { Gold, ScoredOutput } from './gold.ts';
import { emptyTotals, scoreArticle, summarize, type ArticleDetail, type Summary, type Totals } from './score.ts';

export interface EvalResult {
  /** Metrics per top folder of the gold folder ("dev", "seeds"), and "all". */
  groups: Record<string, Summary>;
  details: ArticleDetail[];
  failures: { id: string; code: string; message: string }[];
}

/** Runs `pipeline` on every article of `goldDir` that has a gold file and scores the outputs. */
/** `folders`: only the articles under these top folders of `goldDir` (and "all" over them). */
export async function evaluate(goldDir: string, opts: { pipeline?: string; concurrency?: number; folders?: string[] } = {}): Promise<EvalResult> {
  const pipeline = loadPipeline(opts.pipeline ?? 'news-events');
  const inFolders = (id: string) => !opts.folders || opts.folders.includes(id.includes('/') ? id.split('/')[0] : '.');
  const inputs = findInputs([goldDir], goldDir).filter((f) => inFolders(f.id) && existsSync(f.file.replace(/\.(txt|html?|html?\.gz)$/i, '.gold.json')));
  const totals = new Map<string, { T: Totals; docs: number }>();
  const all = { T: emptyTotals(), docs: 0 };
  const details: ArticleDetail[] = [];
  const failures: EvalResult['failures'] = [];
  for await (const o of runInputs(inputs, pipeline, { concurrency: opts.concurrency })) {
    const gold = JSON.parse(readFileSync(o.input.file.replace(/\.(txt|html?|html?\.gz)$/i, '.gold.json'), 'utf8')) as Gold;
    const out = o.status === 'ok' ? (JSON.parse(o.result.article) as ScoredOutput) : null;
    if (o.status === 'failed') failures.push({ id: o.input.id, code: o.result.error.code, message: o.result.error.message });
    const raw = o.input.format === 'txt' ? readFileSync(o.input.file, 'utf8') : null;
    const group = o.input.id.includes('/') ? o.input.id.split('/')[0] : '.';
    if (!totals.has(group)) totals.set(group, { T: emptyTotals(), docs: 0 });
    const g = totals.get(group)!;
    g.docs++;
    all.docs++;
    const d = scoreArticle({ ...gold, id: o.input.id }, out, raw, g.T);
    scoreArticle({ ...gold, id: o.input.id }, out, raw, all.T);
    details.push(d);
  }
  const groups: Record<string, Summary> = {};
  for (const [k, v] of [...totals.entries()].sort()) groups[k] = summarize(v.T, v.docs);
  if (totals.size > 1 || !totals.has('.')) groups.all = summarize(all.T, all.docs);
  return { groups, details, failures };
}
