import { StageRegistry } from '../pipeline/registry.ts';
import { cleanStage } from './clean/index.ts';
import { emitStage } from './emit/index.ts';
import { entitiesStage } from './entities/index.ts';
import { eventsStage } from './events/index.ts';
import { ingestStage } from './ingest/index.ts';
import { segmentStage } from './segment/index.ts';
import { timeStage } from './time/index.ts';
import { validateStage } from './validate/index.ts';

/** Every stage that ships with newsevents, by name. */
export function defaultRegistry(): StageRegistry {
  return new StageRegistry()
    .add(ingestStage)
    .add(cleanStage)
    .add(segmentStage)
    .add(entitiesStage)
    .add(timeStage)
    .add(eventsStage)
    .add(validateStage)
    .add(emitStage);
}
