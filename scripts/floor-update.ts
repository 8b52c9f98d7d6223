// npm run floor:update [-- --add FOLDER ...] — raises test/quality-floor.json to the current eval
// figures (only upward) on the fixture folders it already names; --add puts another folder under
// a floor, at its current figures. "all" is over the named folders, so when --add changes that set
// its old figures no longer compare and "all" is measured afresh.
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
const args = process.argv.slice(2);
const added = args.flatMap((a, i) => (args[i - 1] === '--add' ? [a] : []));
const file = join(PROJECT_ROOT, 'test', 'quality-floor.json');
const old = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, number>>;
const named = Object.keys(old).filter((k) => !k.startsWith('$') && k !== 'all');
const folders = [...new Set([...named, ...added])];
const fresh = new Set(added.filter((f) => !named.includes(f)));
if (fresh.size) fresh.add('all');
const result = await evaluate(join(PROJECT_ROOT, 'fixtures'), { folders });
const next: Record<string, unknown> = { $comment: old.$comment };
for (const group of [...folders, 'all']) {
  const s = result.groups[group];
  if (!s) throw new Error(`no eval figures for fixtures/${group}`);
  const m: Record<string, number> = {};
  for (const k of METRICS) {
    const ceiling = k.endsWith('.max');
    const v = (k.replace(/\.max$/, '').split('.').reduce<any>((x, p) => x?.[p], s) as number | null) ?? 0;
    const prev = fresh.has(group) ? undefined : old[group]?.[k];
    m[k] = prev == null ? v : ceiling ? Math.min(prev, v) : Math.max(prev, v);
    if (prev != null && (ceiling ? v > prev : v < prev)) console.log(`${group} ${k}: ${v} is below the floor ${prev} (kept the floor)`);
  }
  next[group] = m;
}
writeAtomic(file, JSON.stringify(next, null, 2) + '\n');
console.log(`wrote ${file} (${folders.join(', ')})`);
