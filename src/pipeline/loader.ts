import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultRegistry } from '../stages/index.ts';
import { resolvePipeline, type Pipeline, type PipelineDefinition } from './definition.ts';
import { UsageError } from './inputs.ts';
import { validatePipelineFile } from './schemas.ts';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PIPELINE_DIR = join(PROJECT_ROOT, 'pipelines');
export const PACKAGE_VERSION: string = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).version;

/** A name ("clean-only") from pipelines/, or a path to a pipeline JSON file. */
export function readPipelineDefinition(nameOrPath: string, cwd = process.cwd()): PipelineDefinition {
  const byName = join(PIPELINE_DIR, `${nameOrPath}.json`);
  const file = /[\\/]|\.json$/.test(nameOrPath) ? resolve(cwd, nameOrPath) : byName;
  if (!existsSync(file)) throw new UsageError(`no pipeline "${nameOrPath}": ${file} does not exist`);
  let def: unknown;
  try {
    def = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`pipeline file ${file} is not valid JSON: ${(err as Error).message}`);
  }
  const problem = validatePipelineFile(def);
  if (problem) throw new UsageError(`pipeline file ${file} does not match schemas/pipeline.schema.json: ${problem}`);
  return def as PipelineDefinition;
}

export function buildPipeline(def: PipelineDefinition): Pipeline {
  try {
    return resolvePipeline(def, defaultRegistry(), PACKAGE_VERSION);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

export function loadPipeline(nameOrPath = 'news-events', cwd = process.cwd()): Pipeline {
  return buildPipeline(readPipelineDefinition(nameOrPath, cwd));
}
