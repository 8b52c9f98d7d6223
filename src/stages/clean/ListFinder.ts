// A list or table the story ends with (tour dates, the qualified teams, a stats table): short
// lines built alike, one item each ("June 9 – Tampa, FL @ Amphitheatre", "Wales (Group E):
// Second appearance", "DL Jane Roe 63 85% 1 tackle"). Each item scores as a short non-prose
// line, so the body search stops before the list. Lines built alike are told by their skeleton:
// the digits and punctuation left when the words are taken out. A menu ("News", "World
// Cup") has none, a list of headlines hardly any, the items of a data list share theirs.
import type { Line } from './Lines.ts';

const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[\p{L}]*\.?$/iu;
const MAX_ITEM_WORDS = 30;
const MIN_ITEMS = 3;

/** The first two marks of a line's skeleton, led by what the line starts with; '' when it has no shape. */
export function listSignature(plain: string): string {
  const words = plain.split(/\s+/);
  if (words.length > MAX_ITEM_WORDS || words.filter((w) => /\p{L}{2}/u.test(w)).length < 2) return '';
  const first = words[0] ?? '';
  const start = MONTH.test(first) ? 'month' : /^\d/.test(first) ? 'number' : 'word';
  const skeleton = plain
    .replace(/(\p{L})[.'’-](?=\p{L}|\s|$|[,;:)])/gu, '$1') // "Aug." "St." "Lowe's" "Nano-Satellite": part of the word
    .replace(/\p{L}+/gu, '')
    .replace(/\d+/g, '9')
    .replace(/\s+/g, '');
  return skeleton.length >= 2 ? `${start}|${skeleton.slice(0, 2)}` : '';
}

/**
 * The items of a list that starts at `from` (an optional short heading, then at least three lines
 * no rule claimed, all with the same signature): the index of its last item, or -1.
 */
export function listAt(lines: Line[], from: number): { heading: number | null; last: number } | -1 {
  const content: Line[] = [];
  for (let k = from; k < lines.length && content.length < 400; k++) if (lines[k].label !== 'blank') content.push(lines[k]);
  for (const skip of [0, 1]) {
    const items = content.slice(skip);
    const sig = items[0] && items[0].label === undefined ? listSignature(items[0].plain) : '';
    if (!sig) continue;
    let n = 0;
    while (n < items.length && items[n].label === undefined && listSignature(items[n].plain) === sig) n++;
    if (n < MIN_ITEMS) continue;
    const heading = skip ? content[0] : null;
    if (heading && (heading.label !== undefined || heading.letterWords > 12)) continue;
    return { heading: heading?.index ?? null, last: items[n - 1].index };
  }
  return -1;
}

/** Marks every run of at least three lines built alike that no rule claimed: role 'list'. */
export function markLists(lines: Line[]): void {
  let run: Line[] = [];
  let sig = '';
  const flush = () => {
    if (sig && run.length >= MIN_ITEMS) for (const l of run) l.role ??= 'list';
    run = [];
  };
  for (const l of lines) {
    if (l.label === 'blank') continue;
    const s = l.label === undefined ? listSignature(l.plain) : '';
    if (!s || s !== sig) {
      flush();
      sig = s;
    }
    if (s) run.push(l);
  }
  flush();
}
