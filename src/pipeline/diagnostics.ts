import type { ArticleRecord, Diagnostic, Severity } from './types.ts';

/** A failure that stops one article: the runner turns it into an errors.jsonl line. */
export class ArticleError extends Error {
  readonly stage: string;
  readonly code: string;
  constructor(stage: string, code: string, message: string) {
    super(message);
    this.name = 'ArticleError';
    this.stage = stage;
    this.code = code;
  }
}

/** Returns a copy of the record with one more diagnostic (offsets in the original). */
export function report(
  record: ArticleRecord,
  stage: string,
  severity: Severity,
  code: string,
  message: string,
  span?: { start: number; end: number },
): ArticleRecord {
  const d: Diagnostic = { stage, severity, code, message };
  if (span) {
    d.start = span.start;
    d.end = span.end;
  }
  return { ...record, diagnostics: [...record.diagnostics, d] };
}

/** Prints a diagnostic as `path:line:col-line:col: message [code]` (vfile style). */
export function formatDiagnostic(path: string, original: string, d: Diagnostic): string {
  const pos = (off: number) => {
    const before = original.slice(0, off);
    const line = before.split('\n').length;
    const col = off - before.lastIndexOf('\n');
    return `${line}:${col}`;
  };
  const where = d.start != null ? `:${pos(d.start)}-${pos(d.end ?? d.start)}` : '';
  return `${path}${where}: ${d.severity}: ${d.message} [${d.code}]`;
}
