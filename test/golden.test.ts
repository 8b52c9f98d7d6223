import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findInputs } from '../src/pipeline/inputs.ts';
import { fixtureOutputs, FIXTURES, GOLDEN } from '../scripts/fixture-outputs.ts';

// One test per fixture article: its whole output must equal the reviewed golden file.
// On purpose changes: `npm run golden:update`, then read the diff of test/golden.
const ids = findInputs([FIXTURES], FIXTURES).map((f) => f.id);
let outputs: Map<string, string>;
beforeAll(async () => {
  outputs = await fixtureOutputs();
});

describe('golden outputs', () => {
  it('has a golden file for every fixture article', () => {
    expect(ids.filter((id) => !existsSync(join(GOLDEN, `${id}.json`)))).toEqual([]);
  });

  it.each(ids)('%s', (id) => {
    const golden = readFileSync(join(GOLDEN, `${id}.json`), 'utf8');
    expect(outputs.get(id)).toBe(golden);
  });
});
