import type { ArticleRecord, Stage } from '../../pipeline/types.ts';

export interface TimeOptions {}

// Placeholder, replaced by the real date resolver.
export const timeStage: Stage<TimeOptions> = {
  name: 'time',
  description: 'temporal expressions resolved against the publication date',
  requires: ['text', 'sentences', 'meta'],
  assigns: ['times'],
  defaults: {},
  run(record: ArticleRecord): ArticleRecord {
    return { ...record, times: [] };
  },
};
