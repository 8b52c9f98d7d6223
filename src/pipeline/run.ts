import { ArticleError } from './diagnostics.ts';
import type { Pipeline } from './definition.ts';
import type { ArticleRecord } from './types.ts';

/** Runs every stage of `pipeline` on one record. A stage that throws fails the article. */
export async function runRecord(record: ArticleRecord, pipeline: Pipeline): Promise<ArticleRecord> {
  let r = record;
  for (const { stage, options } of pipeline.stages) {
    try {
      r = await stage.run(r, options);
    } catch (err) {
      if (err instanceof ArticleError) throw err;
      const msg = err instanceof Error ? err.message : String(err);
      throw new ArticleError(stage.name, `${stage.name}/crash`, `stage "${stage.name}" failed: ${msg}`);
    }
  }
  return r;
}
