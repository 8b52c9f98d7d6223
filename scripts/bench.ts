// npm run bench [-- --articles N]
// Throughput and peak memory of the pipeline over N articles (the fixtures repeated), beside a
// bare compromise pass (nlp(text) + people/organizations/places) over the same texts, in the
// same run. Each measurement runs in its own process so that its peak memory is its own.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findInputs, type FoundInput } from '../src/pipeline/inputs.ts';
import { loadPipeline, PROJECT_ROOT } from '../src/pipeline/loader.ts';
import { processInput } from '../src/pipeline/process.ts';
import { WorkerPool } from '../src/pipeline/pool.ts';
import type { ArticleInput } from '../src/pipeline/types.ts';

const { values } = parseArgs({ options: { articles: { type: 'string' }, phase: { type: 'string' } } });
const N = Number(values.articles ?? 2000);
const fixtures = findInputs([join(PROJECT_ROOT, 'fixtures')], PROJECT_ROOT);

function inputs(): ArticleInput[] {
  const base = fixtures.map((f: FoundInput) => ({
    id: f.id,
    path: f.path,
    bytes: readFileSync(f.file),
    sidecar: f.sidecarFile ? readFileSync(f.sidecarFile, 'utf8') : null,
    format: f.format,
    publishedFlag: null,
  }));
  return Array.from({ length: N }, (_, i) => ({ ...base[i % base.length], id: `${base[i % base.length].id}-${i}` }));
}

const words = (b: Uint8Array) => new TextDecoder().decode(b).split(/\s+/).filter(Boolean).length;

async function phase(name: string): Promise<void> {
  const items = inputs();
  const totalWords = items.reduce((a, x) => a + words(x.bytes), 0);
  const t0 = performance.now();
  let failed = 0;
  if (name === 'compromise') {
    const nlp = (await import('compromise')).default;
    for (const x of items) {
      const doc = nlp(new TextDecoder().decode(x.bytes));
      doc.people().out('array');
      doc.organizations().out('array');
      doc.places().out('array');
    }
  } else if (name === 'pipeline-1') {
    const p = loadPipeline('news-events');
    for (const x of items) if (!(await processInput(x, p)).ok) failed++;
  } else {
    const p = loadPipeline('news-events');
    const pool = new WorkerPool(availableParallelism(), p.definition);
    const results = await Promise.all(items.map((x) => pool.run(x)));
    failed = results.filter((r) => !r.ok).length;
    await pool.close();
  }
  const s = (performance.now() - t0) / 1000;
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ name, articles: items.length, words: totalWords, seconds: s, failed, peakMB: Math.round(rss) }));
}

if (values.phase) {
  await phase(values.phase);
} else {
  const rows: { name: string; articles: number; words: number; seconds: number; peakMB: number; failed: number }[] = [];
  const labels: Record<string, string> = {
    compromise: 'bare compromise, 1 thread',
    'pipeline-1': 'newsevents pipeline, 1 thread',
    'pipeline-n': `newsevents pipeline, ${availableParallelism()} worker threads`,
  };
  for (const name of ['compromise', 'pipeline-1', 'pipeline-n']) {
    const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'run-ts.js'), 'scripts/bench.ts', '--phase', name, '--articles', String(N)], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    if (r.status !== 0) {
      console.error(r.stderr);
      process.exit(1);
    }
    rows.push(JSON.parse(r.stdout.trim().split('\n').pop()!));
  }
  console.log(`${N} articles (the ${fixtures.length} fixtures repeated), ${rows[0].words} words\n`);
  console.log('run                                        articles/s   words/s   peak MB   seconds');
  for (const r of rows) {
    console.log(
      `${labels[r.name].padEnd(42)} ${(r.articles / r.seconds).toFixed(1).padStart(10)} ${Math.round(r.words / r.seconds).toString().padStart(9)} ${String(r.peakMB).padStart(9)} ${r.seconds.toFixed(1).padStart(9)}${r.failed ? `  (${r.failed} failed)` : ''}`,
    );
  }
  const c = rows[0].seconds;
  console.log(`\npipeline / compromise time: ${(rows[1].seconds / c).toFixed(2)}x on 1 thread, ${(rows[2].seconds / c).toFixed(2)}x with workers`);
}
