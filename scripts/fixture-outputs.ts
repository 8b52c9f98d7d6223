// The pipeline's output for every fixture article, in process: what the goldens hold.
import { join } from 'node:path';
import { findInputs } from '../src/pipeline/inputs.ts';
import { loadPipeline, PROJECT_ROOT } from '../src/pipeline/loader.ts';
import { runInputs } from '../src/pipeline/runner.ts';

export const FIXTURES = join(PROJECT_ROOT, 'fixtures');
export const GOLDEN = join(PROJECT_ROOT, 'test', 'golden');

export async function fixtureOutputs(concurrency = 2): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const pipeline = loadPipeline('news-events');
  for await (const o of runInputs(findInputs([FIXTURES], FIXTURES), pipeline, { concurrency })) {
    if (o.status !== 'ok') throw new Error(`fixture ${o.input.id} failed: ${o.status === 'failed' ? o.result.error.message : o.status}`);
    out.set(o.input.id, o.result.article);
  }
  return out;
}
