// Publication metadata printed as a line of its own: "Updated 1:39 am EST, Wednesday, November
// 20, 2019", "by Regan September 15, 2014", "Posted on March 30, 2015 by Admin", "08:27, June
// 08, 2012". A line that is a date plus a few words of byline or label is not article text
// (TextDateFinder still reads the date from it). The signature of an embedded post ("— Jane Doe
// (@jdoe) May 5, 2024") has the same shape but belongs to the quoted post, which is story text.
import { mark, open, type CleanContext } from './Context.ts';
import { findDates } from './DateParser.ts';
import { EMBED_SIGNATURES } from './Lexicons.ts';
import type { Line } from './Lines.ts';

const LABEL = /\b(published|posted|updated|last updated|modified|first published|date|by|on|at|am|pm|a\.m|p\.m|gmt|utc|est|edt|pst|pdt|cst|cdt|ist|cet|cest|bst|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|local time|time)\b|\d{1,2}[:.]\d\d(?::\d\d)?|[|:,;.\-–—•·/()\s]|\d+/giu;

export function isMetaLine(l: Pick<Line, 'plain' | 'letterWords'>): boolean {
  if (l.letterWords > 16 || isEmbedSignature(l.plain)) return false;
  const dates = findDates(l.plain);
  if (dates.length === 0) return false;
  let rest = l.plain;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.index) + ' ' + rest.slice(d.index + d.length);
  const words = rest.replace(LABEL, ' ').trim().split(/\s+/).filter(Boolean);
  // A byline name or an outlet may stand beside the date; a clause may not.
  return words.length <= 4;
}

export const isEmbedSignature = (plain: string) => EMBED_SIGNATURES.some((p) => p.test(plain));

export function applyMetaLines(ctx: CleanContext): void {
  for (const l of ctx.lines) {
    if (open(l) && isMetaLine(l)) mark(l, 'boilerplate', 'MetaLineFilter');
  }
}
