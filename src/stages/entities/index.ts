import type { ArticleRecord, Stage } from '../../pipeline/types.ts';

export interface EntitiesOptions {}

// Placeholder, replaced by the real name finder.
export const entitiesStage: Stage<EntitiesOptions> = {
  name: 'entities',
  description: 'people, organizations and places with every mention',
  requires: ['text', 'sentences'],
  assigns: ['entities'],
  defaults: {},
  run(record: ArticleRecord): ArticleRecord {
    return { ...record, entities: [] };
  },
};
