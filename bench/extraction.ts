// Article-extraction benchmark (../shared/bench/article-extraction, README there): the clean
// stage on the plain-text dumps and the HTML path (Readability over linkedom, then the clean
// stage) on the pages, scored with the benchmark's own shingle metric.
// Run: npx tsx bench/extraction.ts [--dir DIR] [--verbose] [--json]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { runBytes } from '../src/pipeline/quick.ts';
import { extractHtml } from '../src/stages/clean/html/extractHtml.ts';

const args = process.argv.slice(2);
const dirArg = args.indexOf('--dir');
const DIR = dirArg >= 0 ? args[dirArg + 1] : new URL('../../shared/bench/article-extraction', import.meta.url).pathname;
const verbose = args.includes('--verbose');

// The benchmark's evaluate.py: \w+ tokens (case kept), 4-gram shingles counted with multiplicity,
// TP/FP/FN normalised per page, precision and recall averaged over pages.
const tokens = (s: string) => s.match(/[\p{L}\p{N}_\p{M}]+/gu) ?? [];
function shingles(s: string, n = 4): Map<string, number> {
  const t = tokens(s);
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - n + 1); i++) {
    const key = t.slice(i, i + n).join('\u0001');
    if (key) out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}
export function shingleMatch(gold: string, pred: string): { tp: number; fp: number; fn: number } {
  const g = shingles(gold);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const k of new Set([...g.keys(), ...p.keys()])) {
    const a = g.get(k) ?? 0;
    const b = p.get(k) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp, fp, fn };
}
function pr({ tp, fp, fn }: { tp: number; fp: number; fn: number }): [number, number] {
  if (fp === 0 && fn === 0) return [1, 1];
  if (tp === 0) return [0, 0];
  return [tp / (tp + fp), tp / (tp + fn)];
}

class Score {
  ps: number[] = [];
  rs: number[] = [];
  add(gold: string, pred: string): [number, number] {
    const [p, r] = pr(shingleMatch(gold, pred));
    this.ps.push(p);
    this.rs.push(r);
    return [p, r];
  }
  get summary() {
    const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / (a.length || 1);
    const p = mean(this.ps);
    const r = mean(this.rs);
    return { pages: this.ps.length, precision: +p.toFixed(3), recall: +r.toFixed(3), f1: +((2 * p * r) / (p + r || 1)).toFixed(3) };
  }
}

async function main() {
  if (!existsSync(join(DIR, 'ground-truth.json'))) {
    console.log(`bench/extraction: no benchmark at ${DIR} (needs ground-truth.json, text/, html/); skipped`);
    return;
  }
  const truth = JSON.parse(readFileSync(join(DIR, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url?: string }>;
  const ids = Object.keys(truth).sort();
  const text = new Score();
  const keepAll = new Score();
  const html = new Score();
  const readability = new Score();
  const t0 = performance.now();
  for (const id of ids) {
    const gold = truth[id].articleBody ?? '';
    const sidecar = truth[id].url ? JSON.stringify({ url: truth[id].url }) : null;
    const txtPath = join(DIR, 'text', `${id}.txt`);
    if (existsSync(txtPath)) {
      const bytes = readFileSync(txtPath);
      keepAll.add(gold, bytes.toString('utf8'));
      let pred = '';
      try {
        pred = (await runBytes(bytes, { id, sidecar, upTo: 'clean', format: 'txt' })).text;
      } catch (err) {
        if (verbose) console.log(`text ${id}: ${(err as Error).message}`);
      }
      const [p, r] = text.add(gold, pred);
      if (verbose && (p < 0.9 || r < 0.9)) console.log(`text ${id} P=${p.toFixed(2)} R=${r.toFixed(2)}`);
    }
    const htmlPath = join(DIR, 'html', `${id}.html.gz`);
    if (existsSync(htmlPath)) {
      const bytes = readFileSync(htmlPath);
      readability.add(gold, extractHtml(gunzipSync(bytes).toString('utf8'), truth[id].url ?? null).text);
      let pred = '';
      try {
        pred = (await runBytes(bytes, { id, sidecar, upTo: 'clean', format: 'html' })).text;
      } catch (err) {
        if (verbose) console.log(`html ${id}: ${(err as Error).message}`);
      }
      const [p, r] = html.add(gold, pred);
      if (verbose && (p < 0.9 || r < 0.9)) console.log(`html ${id} P=${p.toFixed(2)} R=${r.toFixed(2)}`);
    }
  }
  const result = {
    text: text.summary,
    html: html.summary,
    baselines: { textKeepEverything: keepAll.summary, htmlReadabilityOnly: readability.summary },
    seconds: +((performance.now() - t0) / 1000).toFixed(1),
  };
  if (args.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(`text dumps  F1 ${result.text.f1}  (P ${result.text.precision}, R ${result.text.recall}; keeping everything: ${result.baselines.textKeepEverything.f1})`);
    console.log(`html pages  F1 ${result.html.f1}  (P ${result.html.precision}, R ${result.html.recall}; Readability alone: ${result.baselines.htmlReadabilityOnly.f1})`);
    console.log(`${ids.length} pages, ${result.seconds}s`);
  }
}

await main();
