import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
export function writeAtomic(file: string, data: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

export function articleFile(outDir: string, id: string): string {
  return join(outDir, ...id.split('/')) + '.json';
}

/** What an existing output says of itself, for incremental reruns. */
export function existingStamp(file: string): { sha256: string; version: string } | null {
  try {
    const j = JSON.parse(readFileSync(file, 'utf8'));
    return { sha256: j?.document?.sha256, version: j?.pipeline?.version };
  } catch {
    return null;
  }
}

function articleFiles(dir: string, root = dir): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const n of names) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out.push(...articleFiles(p, root));
    else if (n.endsWith('.json') && !n.endsWith('.tmp')) out.push(p);
  }
  return out;
}

/** The events of every article file under `outDir`, in document-id order (events.jsonl lines). */
export function collectEventLines(outDir: string): string[] {
  const docs: { id: string; lines: string[] }[] = [];
  for (const f of articleFiles(outDir)) {
    let j: { schemaVersion?: string; document?: { id?: string }; events?: unknown[] };
    try {
      j = JSON.parse(readFileSync(f, 'utf8'));
    } catch {
      continue;
    }
    if (j?.schemaVersion == null || !Array.isArray(j.events)) continue;
    const id = j.document?.id ?? relative(outDir, f).split(sep).join('/').replace(/\.json$/, '');
    docs.push({ id, lines: j.events.map((e) => JSON.stringify({ documentId: id, ...(e as object) })) });
  }
  docs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return docs.flatMap((d) => d.lines);
}

export function writeJsonl(file: string, lines: string[]): void {
  writeAtomic(file, lines.length ? lines.join('\n') + '\n' : '');
}
