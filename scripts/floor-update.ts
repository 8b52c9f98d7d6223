// npm run floor:update — sets test/quality-floor.json to the current eval figures (only upward).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '../src/eval/run.ts';
import { PROJECT_ROOT } from '../src/pipeline/loader.ts';
import { writeAtomic } from '../src/pipeline/writer.ts';

const METRICS = [
  'events.p', 'events.r', 'events.f1', 'events.mainRecall', 'dateAccuracy', 'falseDates.max', 'locationAccuracy',
  'statusAccuracy', 'people.p', 'people.r', 'people.f1', 'organizations.p', 'organizations.r', 'organizations.f1',
  'boilerplate.p', 'boilerplate.r', 'boilerplate.f1', 'publishedAtAccuracy',
];
const file = join(PROJECT_ROOT, 'test', 'quality-floor.json');
const old = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, number>>;
const result = await evaluate(join(PROJECT_ROOT, 'fixtures'));
const next: Record<string, unknown> = { $comment: old.$comment };
for (const [group, s] of Object.entries(result.groups)) {
  const m: Record<string, number> = {};
  for (const k of METRICS) {
    const ceiling = k.endsWith('.max');
    const v = (k.replace(/\.max$/, '').split('.').reduce<any>((x, p) => x?.[p], s) as number | null) ?? 0;
    const prev = old[group]?.[k];
    m[k] = prev == null ? v : ceiling ? Math.min(prev, v) : Math.max(prev, v);
    if (prev != null && (ceiling ? v > prev : v < prev)) console.log(`${group} ${k}: ${v} is below the floor ${prev} (kept the floor)`);
  }
  next[group] = m;
}
writeAtomic(file, JSON.stringify(next, null, 2) + '\n');
console.log(`wrote ${file}`);
