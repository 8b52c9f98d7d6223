import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateArticle, validateEventLine } from '../src/pipeline/schemas.ts';
import { cli, ROOT, tempDir } from './helpers.ts';

const SEED = join(ROOT, 'fixtures', 'seeds', '002_363420acab174e0a.txt');
const SEED1 = join(ROOT, 'fixtures', 'seeds', '001_e03e14e12164c935');

function mixedFolder(): string {
  const dir = tempDir();
  const inp = join(dir, 'in');
  mkdirSync(join(inp, 'sub'), { recursive: true });
  copyFileSync(SEED, join(inp, 'good.txt'));
  copyFileSync(`${SEED1}.txt`, join(inp, 'sub', 'other.txt'));
  copyFileSync(`${SEED1}.meta.json`, join(inp, 'sub', 'other.meta.json'));
  writeFileSync(join(inp, 'empty.txt'), '');
  writeFileSync(join(inp, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(join(inp, 'badmeta.txt'), 'Fidan met Blinken in Ankara on Monday.');
  writeFileSync(join(inp, 'badmeta.meta.json'), '{"publishedAt": "2024-02-04",');
  return dir;
}

describe('newsevents command', () => {
  let dir: string;
  let first: ReturnType<typeof cli>;
  beforeAll(() => {
    dir = mixedFolder();
    first = cli(['in', '--out', 'out'], dir);
  });

  it('goes on past bad inputs, records each in errors.jsonl and exits 1', () => {
    expect(first.code).toBe(1);
    const errors = readFileSync(join(dir, 'out', 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(errors.map((e) => [e.path.split('/').pop(), e.stage, e.code])).toEqual([
      ['badmeta.txt', 'ingest', 'ingest/bad-sidecar'],
      ['binary.txt', 'ingest', 'ingest/binary'],
      ['empty.txt', 'ingest', 'ingest/empty'],
    ]);
    for (const e of errors) expect(Object.keys(e)).toEqual(['path', 'stage', 'code', 'message']);
    const summary = first.logs.at(-1)!;
    expect(summary.summary).toMatchObject({ ok: 2, failed: 3, skipped: 0 });
  });

  it('writes a schema-valid file per good article, ids relative to the input folder', () => {
    for (const id of ['good', 'sub/other']) {
      const j = JSON.parse(readFileSync(join(dir, 'out', `${id}.json`), 'utf8'));
      expect(validateArticle(j)).toBeNull();
      expect(j.document.id).toBe(id);
      expect(j.document.path).toBe(`${id}.txt`);
    }
    expect(existsSync(join(dir, 'out', 'empty.json'))).toBe(false);
    const leftovers = readdirSync(join(dir, 'out'), { recursive: true }).filter((f) => String(f).endsWith('.tmp'));
    expect(leftovers).toEqual([]);
  });

  it('rebuilds events.jsonl with documentId, in document order', () => {
    const lines = readFileSync(join(dir, 'out', 'events.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const docIds = lines.map((l) => l.documentId);
    expect([...docIds].sort()).toEqual(docIds);
    for (const l of lines) expect(validateEventLine(l)).toBeNull();
    const good = JSON.parse(readFileSync(join(dir, 'out', 'good.json'), 'utf8'));
    expect(lines.filter((l) => l.documentId === 'good').map((l) => l.id)).toEqual(good.events.map((e: { id: string }) => e.id));
  });

  it('skips articles whose output is current, and redoes them with --force', () => {
    const again = cli(['in', '--out', 'out'], dir);
    expect(again.logs.at(-1)!.summary).toMatchObject({ ok: 0, skipped: 2, failed: 3 });
    const forced = cli(['in', '--out', 'out', '--force'], dir);
    expect(forced.logs.at(-1)!.summary).toMatchObject({ ok: 2, skipped: 0 });
  });

  it('gives byte-identical files for the same input, in one thread or several', () => {
    const a = cli(['in/good.txt', 'in/sub', '--out', 'a', '--concurrency', '1'], dir);
    const b = cli(['in/good.txt', 'in/sub', '--out', 'b', '--concurrency', '2'], dir);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    for (const f of ['good.json', 'other.json', 'events.jsonl', 'errors.jsonl']) {
      expect(readFileSync(join(dir, 'b', f), 'utf8')).toBe(readFileSync(join(dir, 'a', f), 'utf8'));
    }
  });

  it('streams events to stdout with --jsonl - and keeps logs off stdout', () => {
    const r = cli(['in/good.txt', '--out', 's', '--jsonl', '-'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(dir, 's', 'events.jsonl'), 'utf8'));
    expect(r.stdout.split('\n').filter(Boolean).every((l) => 'documentId' in JSON.parse(l))).toBe(true);
  });

  it('uses --published only when an article gives no date', () => {
    mkdirSync(join(dir, 'nd'), { recursive: true });
    writeFileSync(join(dir, 'nd', 'nodate.txt'), 'Fidan met Blinken in Ankara on Monday.\n');
    const r = cli(['nd', 'in/good.txt', '--out', 'p', '--published', '2030-01-02'], dir);
    expect(r.code).toBe(0);
    const nodate = JSON.parse(readFileSync(join(dir, 'p', 'nodate.json'), 'utf8'));
    expect(nodate.document).toMatchObject({ publishedAt: '2030-01-02', publishedAtSource: 'flag' });
    const good = JSON.parse(readFileSync(join(dir, 'p', 'good.json'), 'utf8'));
    expect(good.document).toMatchObject({ publishedAt: '2024-02-04', publishedAtSource: 'header' });
  });

  it('exits 2 on usage errors, with a message that says what to do', () => {
    const unknown = cli(['--colour'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--colour'.*--help/);
    expect(cli(['nowhere'], dir).stderr).toMatch(/input not found: nowhere/);
    expect(cli(['nowhere'], dir).code).toBe(2);
    expect(cli(['in', '--published', 'yesterday'], dir).code).toBe(2);
    expect(cli(['in', '--concurrency', '0'], dir).code).toBe(2);
    expect(cli(['in', '--pipeline', 'nope'], dir).stderr).toMatch(/no pipeline "nope"/);
    mkdirSync(join(dir, 'empty-folder'), { recursive: true });
    expect(cli(['empty-folder'], dir).code).toBe(2);
    // The same id from two input folders.
    mkdirSync(join(dir, 'x'), { recursive: true });
    copyFileSync(SEED, join(dir, 'x', 'good.txt'));
    const dup = cli(['in', 'x', '--out', 'd'], dir);
    expect(dup.code).toBe(2);
    expect(dup.stderr).toMatch(/two inputs have the id "good"/);
  });

  it('prints help and version on stdout', () => {
    const h = cli(['--help'], dir);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/^newsevents/);
    expect(h.stdout).toContain('--published DATE');
    const v = cli(['--version'], dir);
    expect(v.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('runs another pipeline from pipelines/', () => {
    const r = cli(['in/good.txt', '--out', 'c', '--pipeline', 'clean-only'], dir);
    expect(r.code).toBe(0);
    const j = JSON.parse(readFileSync(join(dir, 'c', 'good.json'), 'utf8'));
    expect(j.pipeline.name).toBe('clean-only');
    expect(j.events).toEqual([]);
    expect(j.document.text.length).toBeGreaterThan(100);
  });
});
