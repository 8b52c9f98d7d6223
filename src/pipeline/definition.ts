import { createHash } from 'node:crypto';
import type { StageRegistry } from './registry.ts';
import type { Stage } from './types.ts';

/** The JSON form of a pipeline file (schemas/pipeline.schema.json). */
export interface PipelineDefinition {
  name: string;
  description?: string;
  version?: string;
  stages: string[];
  options?: Record<string, Record<string, unknown>>;
}

export interface ResolvedStage {
  stage: Stage<any>;
  options: Record<string, unknown>;
}

export interface Pipeline {
  name: string;
  /** Changes whenever the definition or the package version changes; used for incremental reruns. */
  version: string;
  definition: PipelineDefinition;
  stages: ResolvedStage[];
}

/** Fields the runner sets before the first stage runs. */
const GIVEN = ['id', 'path', 'format', 'sha256', 'input', 'publishedFlag'];

/**
 * Checks names and needs (as spaCy does before running): every stage exists, options are
 * only those the stage knows, and what a stage requires was assigned by an earlier one.
 */
export function resolvePipeline(def: PipelineDefinition, registry: StageRegistry, packageVersion: string): Pipeline {
  const problems: string[] = [];
  const assigned = new Set(GIVEN);
  const stages: ResolvedStage[] = [];
  for (const name of def.stages) {
    const stage = registry.get(name);
    if (!stage) {
      problems.push(`unknown stage "${name}" (known: ${registry.names().join(', ')})`);
      continue;
    }
    for (const need of stage.requires) {
      if (!assigned.has(need)) problems.push(`stage "${name}" requires "${need}", which no earlier stage assigns`);
    }
    for (const a of stage.assigns) assigned.add(a);
    const given = def.options?.[name] ?? {};
    for (const key of Object.keys(given)) {
      if (!(key in (stage.defaults as object))) {
        problems.push(`stage "${name}" has no option "${key}" (options: ${Object.keys(stage.defaults).join(', ') || 'none'})`);
      }
    }
    stages.push({ stage, options: { ...(stage.defaults as object), ...given } });
  }
  for (const key of Object.keys(def.options ?? {})) {
    if (!def.stages.includes(key)) problems.push(`options given for "${key}", which is not in the stage list`);
  }
  if (problems.length) throw new Error(`pipeline "${def.name}": ${problems.join('; ')}`);
  const version = createHash('sha256')
    .update(packageVersion + '\n' + JSON.stringify(def))
    .digest('hex')
    .slice(0, 16);
  return { name: def.name, version, definition: def, stages };
}
