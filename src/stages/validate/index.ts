import type { ArticleRecord, Stage } from '../../pipeline/types.ts';
export interface ValidateOptions {}
export const validateStage: Stage<ValidateOptions> = {
  name: 'validate', description: 'placeholder', requires: [], assigns: ['output'], defaults: {},
  run(record: ArticleRecord): ArticleRecord { return record; },
};
