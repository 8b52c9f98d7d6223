// Shared by this stage's tests: the entities of a text run through segment and entities.
import { recordFromText } from '../../pipeline/record.ts';
import type { Entity } from '../../pipeline/types.ts';
import { segmentStage } from '../segment/index.ts';
import { entitiesStage } from './index.ts';

type Rec = ReturnType<typeof recordFromText>;

export function run(text: string): Entity[] {
  const seg = segmentStage.run(recordFromText(text), segmentStage.defaults) as Rec;
  return (entitiesStage.run(seg, entitiesStage.defaults) as Rec).entities ?? [];
}
export const names = (es: Entity[], kind: string) => es.filter((e) => e.kind === kind).map((e) => e.name);
export const byName = (es: Entity[], name: string) => es.find((e) => e.name === name);
