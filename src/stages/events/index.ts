import type { ArticleRecord, Stage } from '../../pipeline/types.ts';

export interface EventsOptions {}

// Placeholder, replaced by the real event extractor.
export const eventsStage: Stage<EventsOptions> = {
  name: 'events',
  description: 'meetings, phone calls and visits with participants, date, place and evidence',
  requires: ['text', 'sentences', 'entities', 'times'],
  assigns: ['events'],
  defaults: {},
  run(record: ArticleRecord): ArticleRecord {
    return { ...record, events: [] };
  },
};
