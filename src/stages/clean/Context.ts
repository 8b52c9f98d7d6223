// What the rules share while one article is cleaned. Rules mutate this working copy, never the record.
import type { ArticleRecord, Diagnostic } from '../../pipeline/types.ts';
import type { Line } from './Lines.ts';

export interface CleanOptions {
  /** Shortest prose line (letter words) that counts as a body paragraph on its own. */
  minGoodWords: number;
  /** Stopword share a body paragraph needs (the jusText idea: prose is full of function words). */
  minStopRatio: number;
  /** Texts shorter than this (characters) are not given to the language detector. */
  minLanguageChars: number;
  /** Drop lines repeated across many articles of the same site in this run (off: outputs stay per-article). */
  siteTemplates: boolean;
  /** With siteTemplates: a line is template when in at least this many of the site's articles... */
  siteTemplateMinArticles: number;
  /** ...and in at least this share of them. */
  siteTemplateMinShare: number;
}

export interface CleanContext {
  original: string;
  lines: Line[];
  record: ArticleRecord;
  options: CleanOptions;
  /** First and last line index of the article body, once BodyRegionFinder ran. */
  region: { first: number; last: number } | null;
  title: string | null;
  titleLine: number | null;
  dateline: string | null;
  notes: Omit<Diagnostic, 'stage'>[];
}

/** Non-blank lines in order. */
export function content(ctx: CleanContext): Line[] {
  return ctx.lines.filter((l) => l.label !== 'blank');
}

export function mark(line: Line, label: Line['label'], reason: string): void {
  line.label = label;
  line.reason = reason;
}

/** A line not decided yet by an earlier rule. */
export const open = (l: Line) => l.label === undefined;
