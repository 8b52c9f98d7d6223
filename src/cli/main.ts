import { createWriteStream, readFileSync, type WriteStream } from 'node:fs';
import { join, resolve } from 'node:path';
import pino from 'pino';
import { runBatch } from '../pipeline/batch.ts';
import { findInputs, UsageError } from '../pipeline/inputs.ts';
import { loadPipeline, PACKAGE_VERSION, PROJECT_ROOT } from '../pipeline/loader.ts';
import { defaultConcurrency, type Outcome } from '../pipeline/runner.ts';
import { articleFile } from '../pipeline/writer.ts';
import { parseCliArgs } from './args.ts';
import { HELP } from './help.ts';

export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
}

function eventsOf(o: Outcome, outDir: string): string[] {
  if (o.status === 'ok') return o.result.events;
  if (o.status !== 'skipped') return [];
  try {
    const j = JSON.parse(readFileSync(articleFile(outDir, o.input.id), 'utf8'));
    return (j.events ?? []).map((e: object) => JSON.stringify({ documentId: o.input.id, ...e }));
  } catch {
    return [];
  }
}

/** The command: parses, runs, logs; returns the exit code (0 fine, 1 some inputs failed, 2 usage). */
export async function main(argv: string[], io: CliIO = { stdout: process.stdout, stderr: process.stderr, cwd: process.env.INIT_CWD || process.cwd() }): Promise<number> {
  const log = pino({ base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination({ dest: 2, sync: true }));
  let args;
  try {
    args = parseCliArgs(argv);
    if (args.help) {
      io.stdout.write(HELP + '\n');
      return 0;
    }
    if (args.version) {
      io.stdout.write(PACKAGE_VERSION + '\n');
      return 0;
    }
    if (args.quiet) log.level = 'warn';
    const pipeline = loadPipeline(args.pipeline, io.cwd);
    const inputs = findInputs(args.inputs.length ? args.inputs : [join(PROJECT_ROOT, 'fixtures')], io.cwd);
    if (inputs.length === 0) throw new UsageError(`no article found in ${args.inputs.join(', ') || 'fixtures'} (looked for .txt, .html, .htm, .html.gz)`);
    const outDir = resolve(io.cwd, args.out ?? 'output');
    const threads = Math.min(args.concurrency ?? defaultConcurrency(), inputs.length);
    log.info({ inputs: inputs.length, out: outDir, pipeline: pipeline.name, threads }, `processing ${inputs.length} articles`);
    let sink: NodeJS.WritableStream | null = null;
    if (args.jsonl === '-') sink = io.stdout;
    else if (args.jsonl) sink = createWriteStream(resolve(io.cwd, args.jsonl));
    let lastProgress = performance.now();
    const summary = await runBatch(inputs, pipeline, {
      outDir,
      concurrency: args.concurrency ?? undefined,
      published: args.published,
      force: args.force,
      onOutcome: (o, done, total) => {
        if (o.status === 'failed') log.warn({ path: o.input.file, ...o.result.error }, `failed: ${o.input.path}: ${o.result.error.message}`);
        if (sink) for (const line of eventsOf(o, outDir)) sink.write(line + '\n');
        // Progress at most every two seconds, so long runs show life without flooding.
        if (performance.now() - lastProgress > 2000 && done < total) {
          lastProgress = performance.now();
          log.info({ done, total }, `progress ${done}/${total}`);
        }
      },
    });
    if (sink && sink !== io.stdout) await new Promise<void>((r) => (sink as WriteStream).end(r));
    const line = `${summary.ok} ok, ${summary.failed} failed, ${summary.skipped} skipped, ${summary.events} events, ${summary.seconds}s`;
    const { errors: _e, ...fields } = summary;
    if (summary.failed) log.warn({ summary: fields, errors: join(outDir, 'errors.jsonl') }, line);
    else log.info({ summary: fields }, line);
    return summary.failed ? 1 : 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`newsevents: ${err.message}\n`);
      return 2;
    }
    log.fatal({ err }, `unexpected failure: ${(err as Error).message}`);
    return 1;
  }
}
