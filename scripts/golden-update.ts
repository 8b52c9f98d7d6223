// npm run golden:update — rewrites test/golden/<id>.json from the current pipeline, on purpose.
// Read every changed file before committing it: a golden is a reviewed expectation, not a log.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from '../src/pipeline/writer.ts';
import { fixtureOutputs, GOLDEN } from './fixture-outputs.ts';

const outputs = await fixtureOutputs();
const changed: string[] = [];
for (const [id, text] of outputs) {
  const file = join(GOLDEN, `${id}.json`);
  const before = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (before === text) continue;
  writeAtomic(file, text);
  changed.push(id);
}
console.log(changed.length ? `rewrote ${changed.length} goldens (review them with git diff test/golden):\n  ${changed.join('\n  ')}` : 'all goldens are current');
