// Publication metadata printed as a line of its own: "Updated 1:39 am EST, Wednesday, November
// 20, 2019", "by Regan September 15, 2014", "Posted on March 30, 2015 by Admin", "08:27, June
// 08, 2012", "Jane Roe and John Doe |14.08.2025 - Update : 14.08.2025", "Publié le 12/03/2025 à
// 14h05". A line that is a date plus a few words of byline or label is not article text
// (TextDateFinder still reads the date from it). The signature of an embedded post ("— Jane Doe
// (@jdoe) May 5, 2024") has the same shape but belongs to the quoted post, which is story text.
import { mark, open, type CleanContext } from './Context.ts';
import { findDates } from './DateParser.ts';
import { EMBED_SIGNATURES } from './Lexicons.ts';
import type { Line } from './Lines.ts';

const LABEL = /\b(published|posted|updated?|last updated|modified|first published|date|by|on|at|am|pm|a\.m|p\.m|gmt|utc|est|edt|pst|pdt|cst|cdt|ist|cet|cest|bst|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|local time|time)\b|\d{1,2}[:.h]\d\d(?::\d\d)?|[|:,;.\-–—•·/()\s]|\d+/giu;
// Other languages' publication labels ("Publié le ... à", "Publicado el ... a las", "Veröffentlicht
// am ... um ... Uhr", "Опубликовано ... в"); matched as whole words, accents included.
const OTHER_LABEL = /(?<![\p{L}])(publié|publiée|mis à jour|modifié|le|à|publicado|publicada|actualizado|actualizada|atualizado|atualizada|el|em|a las|às|veröffentlicht|aktualisiert|zuletzt|am|um|uhr|pubblicato|aggiornato|il|alle|ore|опубликовано|обновлено|в|г|yayınlanma|güncelleme|tarihi)(?![\p{L}])/giu;
// What joins the names of a byline: "Jane Roe and John Doe", "A, B & C".
const JOINER = /^(and|&|ve|und|et|y|e|и)$/iu;

export function isMetaLine(l: Pick<Line, 'plain' | 'letterWords'>): boolean {
  if (l.letterWords > 16 || isEmbedSignature(l.plain)) return false;
  const dates = findDates(l.plain);
  if (dates.length === 0) return false;
  let rest = l.plain;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.index) + ' ' + rest.slice(d.index + d.length);
  const words = rest.replace(OTHER_LABEL, ' ').replace(LABEL, ' ').trim().split(/\s+/).filter(Boolean);
  // A byline name or an outlet may stand beside the date; a clause may not.
  if (words.length <= 4) return true;
  // Several authors' names: capitalized words joined by "and" / "&" / commas, no clause word.
  const joined = words.filter((w) => JOINER.test(w)).length;
  return words.length <= 9 && joined > 0 && words.every((w) => JOINER.test(w) || /^\p{Lu}/u.test(w));
}

export const isEmbedSignature = (plain: string) => EMBED_SIGNATURES.some((p) => p.test(plain));

export function applyMetaLines(ctx: CleanContext): void {
  for (const l of ctx.lines) {
    if (open(l) && isMetaLine(l)) mark(l, 'boilerplate', 'MetaLineFilter');
  }
}
