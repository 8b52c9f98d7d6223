import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';

// ajv ships CommonJS; under NodeNext the default export sits one level down.
const Ajv2020 = ((Ajv2020Module as unknown as { default?: unknown }).default ?? Ajv2020Module) as typeof Ajv2020Module.default;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as typeof addFormatsModule.default;

export const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas');

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const cache = new Map<string, ValidateFunction>();
// All schemas are added up front so that `$ref`s between files resolve.
const ids = new Map<string, string>();
for (const f of readdirSync(SCHEMA_DIR).filter((x) => x.endsWith('.schema.json')).sort()) {
  const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, f), 'utf8'));
  ajv.addSchema(schema);
  ids.set(f, schema.$id);
}
// Compile every schema now: a broken schema is a bug to see at start, not in each article.
for (const id of ids.values()) ajv.getSchema(id);

function validator(file: string): ValidateFunction {
  const known = cache.get(file);
  if (known) return known;
  const v = ajv.getSchema(ids.get(file) ?? file);
  if (!v) throw new Error(`no schema ${file} in ${SCHEMA_DIR}`);
  cache.set(file, v);
  return v;
}

function describe(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '(root)'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` "${e.params.additionalProperty}"` : ''}`)
    .join('; ');
}

/** null when valid, else a short description of what is wrong. */
export function check(file: string, data: unknown): string | null {
  const v = validator(file);
  return v(data) ? null : describe(v.errors);
}

export const validateSidecar = (d: unknown) => check('sidecar.schema.json', d);
export const validatePipelineFile = (d: unknown) => check('pipeline.schema.json', d);
export const validateArticle = (d: unknown) => check('article.schema.json', d);
export const validateEventLine = (d: unknown) => check('event.schema.json', d);
