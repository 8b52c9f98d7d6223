import { parseArgs } from 'node:util';
import { UsageError } from '../pipeline/inputs.ts';
import { isValidDate } from '../stages/ingest/HeaderLine.ts';

export interface CliArgs {
  inputs: string[];
  out: string | null;
  pipeline: string;
  concurrency: number | null;
  published: string | null;
  jsonl: string | null;
  force: boolean;
  quiet: boolean;
  help: boolean;
  version: boolean;
}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        pipeline: { type: 'string' },
        concurrency: { type: 'string' },
        published: { type: 'string' },
        jsonl: { type: 'string' },
        force: { type: 'boolean' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('\n')[0]}; see --help`);
  }
  const v = parsed.values;
  let concurrency: number | null = null;
  if (v.concurrency != null) {
    concurrency = Number(v.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) {
      throw new UsageError(`--concurrency takes a whole number from 1 to 256, not "${v.concurrency}"`);
    }
  }
  if (v.published != null && !isValidDate(v.published)) {
    throw new UsageError(`--published takes a date as YYYY-MM-DD, not "${v.published}"`);
  }
  return {
    inputs: parsed.positionals,
    out: v.out ?? null,
    pipeline: v.pipeline ?? 'news-events',
    concurrency,
    published: v.published ?? null,
    jsonl: v.jsonl ?? null,
    force: v.force ?? false,
    quiet: v.quiet ?? false,
    help: v.help ?? false,
    version: v.version ?? false,
  };
}
