import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';

/** Input files the pipeline reads, by how their names end. */
const ARTICLE = /\.(txt|html?|html?\.gz)$/i;
const NOT_ARTICLE = /\.(meta|gold)\.json$/i;

export interface FoundInput {
  id: string; // path relative to its INPUT folder, '/'-separated, extension dropped
  path: string; // the same with its extension
  file: string; // absolute path
  sidecarFile: string | null;
  format: 'txt' | 'html';
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

function stripExt(p: string): string {
  return p.replace(/\.(txt|html?|html?\.gz)$/i, '');
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) out.push(...walk(p));
    else if (ARTICLE.test(name) && !NOT_ARTICLE.test(name)) out.push(p);
  }
  return out;
}

function toInput(file: string, rel: string): FoundInput {
  const sidecar = stripExt(file) + '.meta.json';
  return {
    id: stripExt(rel),
    path: rel,
    file,
    sidecarFile: existsSync(sidecar) ? sidecar : null,
    format: /\.html?(\.gz)?$/i.test(file) ? 'html' : 'txt',
  };
}

/**
 * Files and folders (searched recursively) → articles sorted by id. Ids are relative to the
 * INPUT folder they were found under; two inputs with the same id are a usage error.
 */
export function findInputs(paths: string[], cwd: string): FoundInput[] {
  const found: FoundInput[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    if (!existsSync(abs)) throw new UsageError(`input not found: ${p} (looked at ${abs})`);
    if (statSync(abs).isDirectory()) {
      for (const f of walk(abs)) found.push(toInput(f, relative(abs, f).split(sep).join('/')));
    } else {
      found.push(toInput(abs, basename(abs)));
    }
  }
  const byId = new Map<string, FoundInput>();
  for (const f of found) {
    const other = byId.get(f.id);
    if (other && other.file !== f.file) throw new UsageError(`two inputs have the id "${f.id}": ${other.file} and ${f.file}; give them different names or folders`);
    byId.set(f.id, f);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
