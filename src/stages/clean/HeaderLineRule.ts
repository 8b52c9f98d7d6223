// The ` date YYYY-MM-DD Title` line ingest found: never part of the body text.
import type { HeaderLine } from '../ingest/HeaderLine.ts';
import { mark, type CleanContext } from './Context.ts';
import { featuresOf } from './Lines.ts';
import { plainText } from './Markup.ts';

export function headerOf(ctx: CleanContext): HeaderLine | null {
  const h = ctx.record.data.header as HeaderLine | null | undefined;
  return h && typeof h.dateStart === 'number' ? h : null;
}

export function applyHeaderLine(ctx: CleanContext): void {
  const h = headerOf(ctx);
  if (!h) return;
  const line = ctx.lines.find((l) => l.lineStart <= h.dateStart && h.dateStart < Math.max(l.lineEnd, l.lineStart + 1));
  if (!line) return;
  const title = h.title ? featuresOf(h.title) : null;
  // Some scrapers put the first paragraph, not the headline, after the date: it stays in the text.
  if (h.title && title && title.endsSentence && title.letterWords >= 12 && title.stopRatio >= 0.15) {
    line.start = h.titleStart;
    line.plain = plainText(ctx.original, line.start, line.end);
    Object.assign(line, featuresOf(line.plain));
    mark(line, 'body', 'HeaderLine:lede');
    return;
  }
  mark(line, 'header', 'HeaderLine');
}
