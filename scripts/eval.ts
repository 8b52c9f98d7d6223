// npm run eval [-- --gold DIR] [--json] [--verbose] [--pipeline NAME]
// Runs the pipeline on every article that has a gold file beside it (X.gold.json by X.txt)
// and prints the metrics of ANNOTATION.md, per folder and in all.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluate, type EvalResult } from '../src/eval/run.ts';
import { PROJECT_ROOT } from '../src/pipeline/loader.ts';

const { values } = parseArgs({
  options: {
    gold: { type: 'string' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean' },
    pipeline: { type: 'string' },
    concurrency: { type: 'string' },
  },
});
const cwd = process.env.INIT_CWD || process.cwd();
const goldDir = values.gold ? resolve(cwd, values.gold) : join(PROJECT_ROOT, 'fixtures');
if (!existsSync(goldDir)) {
  console.error(`eval: no folder ${goldDir}`);
  process.exit(2);
}
const result: EvalResult = await evaluate(goldDir, {
  pipeline: values.pipeline ?? 'news-events',
  concurrency: values.concurrency ? Number(values.concurrency) : undefined,
});

if (values.json) {
  console.log(JSON.stringify(values.verbose ? result : { groups: result.groups, failures: result.failures }, null, 2));
} else {
  if (values.verbose) {
    for (const d of result.details) {
      const lines = [
        ...d.missedEvents.map((x) => `  missed   ${x}`),
        ...d.inventedEvents.map((x) => `  invented ${x}`),
        ...d.wrongDates.map((x) => `  date     ${x}`),
        ...d.wrongLocations.map((x) => `  location ${x}`),
      ];
      if (d.people) lines.push(`  people   gold=${JSON.stringify(d.people.gold)} got=${JSON.stringify(d.people.predicted)}`);
      if (d.organizations) lines.push(`  orgs     gold=${JSON.stringify(d.organizations.gold)} got=${JSON.stringify(d.organizations.predicted)}`);
      if (lines.length) console.log(`${d.id}\n${lines.join('\n')}`);
    }
    console.log('');
  }
  const rows: [string, (s: EvalResult['groups'][string]) => string][] = [
    ['articles', (s) => String(s.docs)],
    ['event P / R / F1', (s) => `${s.events.p} / ${s.events.r} / ${s.events.f1}`],
    ['main-event recall', (s) => String(s.events.mainRecall)],
    ['date accuracy', (s) => `${s.dateAccuracy} (${s.datesGold} dated)`],
    ['invented dates', (s) => String(s.falseDates)],
    ['location accuracy', (s) => String(s.locationAccuracy)],
    ['status accuracy', (s) => String(s.statusAccuracy)],
    ['people P / R / F1', (s) => `${s.people.p} / ${s.people.r} / ${s.people.f1}`],
    ['organizations P / R / F1', (s) => `${s.organizations.p} / ${s.organizations.r} / ${s.organizations.f1}`],
    ['boilerplate P / R / F1', (s) => `${s.boilerplate.p} / ${s.boilerplate.r} / ${s.boilerplate.f1}`],
    ['publishedAt accuracy', (s) => String(s.publishedAtAccuracy)],
  ];
  const groups = Object.keys(result.groups);
  const width = Math.max(...rows.map((r) => r[0].length));
  const cols = groups.map((g) => Math.max(g.length, ...rows.map((r) => r[1](result.groups[g]).length)));
  console.log(['metric'.padEnd(width), ...groups.map((g, i) => g.padEnd(cols[i]))].join('  '));
  for (const [label, f] of rows) console.log([label.padEnd(width), ...groups.map((g, i) => f(result.groups[g]).padEnd(cols[i]))].join('  '));
  for (const f of result.failures) console.log(`failed: ${f.id}: ${f.code}: ${f.message}`);
}
