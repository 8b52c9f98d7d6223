import { ArticleError } from '../../pipeline/diagnostics.ts';
import { toOutput, type PipelineStamp } from '../../pipeline/output.ts';
import { validateArticle } from '../../pipeline/schemas.ts';
import type { ArticleRecord, Stage } from '../../pipeline/types.ts';

export interface ValidateOptions {
  /** Also check that every span's text is the original's slice (cheap; off only for experiments). */
  checkSpans: boolean;
}

/** Every `{start, end, text}` in the output, wherever it sits. */
function* spans(node: unknown, path = ''): Generator<{ path: string; start: number; end: number; text: string }> {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* spans(node[i], `${path}/${i}`);
  } else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
      yield { path, start: o.start, end: o.end, text: o.text };
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'document') yield* spans(v, `${path}/${k}`);
  }
}

/**
 * Builds the output document and checks it against schemas/article.schema.json. Invalid
 * output is a bug in a stage: the article fails with the schema's words, nothing is written.
 */
export const validateStage: Stage<ValidateOptions> = {
  name: 'validate',
  description: 'build the output document and check it against the JSON Schema (ajv)',
  requires: ['original', 'meta'],
  assigns: ['output'],
  defaults: { checkSpans: true },
  run(record: ArticleRecord, options: ValidateOptions): ArticleRecord {
    const stamp = (record.data.pipeline as PipelineStamp | undefined) ?? { name: 'custom', version: '0' };
    const output = toOutput(record, stamp);
    const problem = validateArticle(output);
    if (problem) throw new ArticleError('validate', 'validate/schema', `the output does not match schemas/article.schema.json: ${problem}`);
    if (options.checkSpans) {
      for (const s of spans(output)) {
        if (s.end < s.start || s.end > record.original.length || record.original.slice(s.start, s.end) !== s.text) {
          throw new ArticleError('validate', 'validate/span', `${s.path}: [${s.start}, ${s.end}) does not hold "${s.text}" in the original`);
        }
      }
    }
    return { ...record, output };
  },
};
