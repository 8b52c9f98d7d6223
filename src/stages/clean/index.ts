import type { ArticleRecord, Stage } from '../../pipeline/types.ts';

export interface CleanOptions {}

// Placeholder, replaced by the real line classifier.
export const cleanStage: Stage<CleanOptions> = {
  name: 'clean',
  description: 'boilerplate lines removed, title and dateline found, offset map kept',
  requires: ['original', 'meta'],
  assigns: ['text', 'offsets', 'lines'],
  defaults: {},
  run(record: ArticleRecord): ArticleRecord {
    return { ...record, lines: [] };
  },
};
