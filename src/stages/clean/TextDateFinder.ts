// The publication date printed in the page: "Published June 30, 2024", "08:27, June 08, 2012",
// "on Monday 29 April, 2024", "2019-01-28 | 10:15", or a dated dateline
// ("JEDDAH (UrduPoint - 28th Mar, 2023 )"). Lines that announce publication win over bare date
// lines; "Updated" lines come last; a date inside the story text is never the publication date.
import type { CleanContext } from './Context.ts';
import { findDates, monthDay, type SlashOrder } from './DateParser.ts';
import type { Line } from './Lines.ts';
import { isMetaLine } from './MetaLineFilter.ts';

const PUBLISHED = /(?<![\p{L}])(published|posted|first published|publication date|date published|released|issued|dated|publié|publiée|publicado|publicada|veröffentlicht|pubblicato|опубликовано|yayınlanma)(?![\p{L}])/iu;
const UPDATED = /(?<![\p{L}])(updated?|last updated|modified|last modified|edited|mis à jour|modifié|actualizado|actualizada|atualizado|atualizada|aktualisiert|aggiornato|обновлено|güncelleme)(?![\p{L}])/iu;
// What may stand beside a date on a date line: times, weekdays, separators, a few labels.
const FILLER = /\b(\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?|am|pm|gmt|utc|ist|est|edt|pst|pdt|cst|cdt|cet|cest|bst|[+-]\d{2}:?\d{2}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|on|at|date|time|local|hrs|hours|ist)\b|[|:,.\-–—•·/()\s]/giu;

export interface TextDate {
  value: string;
  line: number;
  kind: 'published' | 'dateline-only' | 'dated-dateline' | 'updated';
}

function dateLine(l: Line, order: SlashOrder | null): { value: string; published: boolean; updated: boolean } | null {
  if (l.letterWords > 25) return null;
  const dates = findDates(l.plain, order);
  if (dates.length === 0) return null;
  const d = dates[0];
  const published = PUBLISHED.test(l.plain);
  // "14.08.2025 - Update : 15.08.2025": the label after the first date is the second date's.
  const u = UPDATED.exec(l.plain);
  const updated = !published && u !== null && u.index < d.index;
  if (published || isMetaLine(l)) return { value: d.value, published, updated };
  const rest = (l.plain.slice(0, d.index) + ' ' + l.plain.slice(d.index + d.length)).replace(FILLER, ' ').trim();
  const restWords = rest ? rest.split(/\s+/).length : 0;
  // A byline may share the line ("Faizan Hashmi Published ..."), a sentence may not.
  if (restWords <= (updated ? 3 : 4)) return { value: d.value, published, updated };
  return null;
}

// A page that writes "13/03/2025" somewhere above or below the story writes its other
// slash dates day first too.
function pageSlashOrder(lines: Line[]): SlashOrder | null {
  for (const l of lines) {
    if (l.label === 'body' || l.label === 'blank') continue;
    for (const m of l.plain.matchAll(/\b(\d{1,2})[/-](\d{1,2})[/-](?:19|20)\d\d\b/g)) {
      const [a, b] = [Number(m[1]), Number(m[2])];
      if (a > 12 && b <= 12) return 'dmy';
      if (b > 12 && a <= 12) return 'mdy';
    }
  }
  return null;
}

export function findTextDate(ctx: CleanContext): TextDate | null {
  const found: TextDate[] = [];
  const order = pageSlashOrder(ctx.lines);
  const bodyEnd = ctx.region?.last ?? ctx.lines.length - 1;
  for (const l of ctx.lines) {
    if (l.label === 'blank') continue;
    const inBody = l.label === 'body' && l.role !== 'dateline';
    if (!inBody) {
      const d = dateLine(l, order);
      // Dates in other stories' teasers and in reader comments are theirs, not this story's.
      const elsewhere = /^(RelatedBlockFilter|CommentSectionFilter)/.test(l.reason ?? '');
      if (d && elsewhere && !d.published) continue;
      if (d) found.push({ value: d.value, line: l.index, kind: d.published ? 'published' : d.updated ? 'updated' : 'dateline-only' });
      continue;
    }
  }
  // A dated dateline opens the first paragraph: "JEDDAH (UrduPoint / Pakistan Point News - 28th Mar, 2023 ) :".
  const first = ctx.region ? ctx.lines.slice(ctx.region.first).find((l) => l.label === 'body' && l.role !== 'dateline') : undefined;
  if (first && ctx.dateline) {
    const head = first.plain.slice(0, 90);
    const cut = head.search(/\)\s*(?:-{1,2}|–|—|:)|\s(?:-{1,2}|–|—)\s/);
    const d = cut > 0 ? findDates(head.slice(0, cut + 1))[0] : undefined;
    if (d) found.push({ value: d.value, line: first.index, kind: 'dated-dateline' });
    else if (cut > 0) {
      // "Abu Dhabi [UAE], September 6 (ANI/WAM):" has no year; the story often writes the same
      // day in full ("on September 6, 2024").
      const md = monthDay(head.slice(0, cut + 1));
      const full = md ? findDates(first.plain).find((x) => x.value.slice(5) === md) : undefined;
      if (full) found.push({ value: full.value, line: first.index, kind: 'dated-dateline' });
    }
  }
  const rank = (t: TextDate) => {
    const k = { published: 0, 'dateline-only': 1, 'dated-dateline': 2, updated: 3 }[t.kind];
    // Dates below the story belong to comments and other stories.
    return k + (t.line > bodyEnd && t.kind !== 'published' ? 4 : 0);
  };
  found.sort((a, b) => rank(a) - rank(b) || a.line - b.line);
  return found[0] ?? null;
}
