import type { ArticleRecord, Stage } from '../../pipeline/types.ts';
export interface EmitOptions {}
export const emitStage: Stage<EmitOptions> = {
  name: 'emit', description: 'placeholder', requires: [], assigns: ['serialized'], defaults: {},
  run(record: ArticleRecord): ArticleRecord { return record; },
};
