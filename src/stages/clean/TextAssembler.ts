// Builds record.text from spans of the original: body lines copied, paragraphs separated by a
// blank line, entities decoded and tags dropped through replace() so the map still points at
// the raw characters.
import { OffsetMap, TextBuilder } from '../../pipeline/offsets.ts';
import type { Line } from './Lines.ts';
import { scanMarkup } from './Markup.ts';

export function assembleText(original: string, lines: Line[]): { text: string; offsets: OffsetMap } {
  const b = new TextBuilder();
  let prev: Line | null = null;
  let gap = false; // a removed line lies between prev and the next kept line
  for (const l of lines) {
    if (l.label === 'blank') continue;
    if (l.label !== 'body') {
      gap = true;
      continue;
    }
    if (prev) {
      const between = original.slice(prev.end, l.start);
      // The page's own blank line when it has one (and no \r, which would hide the paragraph
      // break from later stages); otherwise an inserted one that maps to no original text.
      if (!gap && /^[ \t\u00a0]*\n[ \t\u00a0]*\n[ \t\u00a0]*$/.test(between)) b.copy(original, prev.end, l.start);
      else b.replace('\n\n', prev.end, prev.end);
    }
    appendLine(b, original, l);
    prev = l;
    gap = false;
  }
  return b.build();
}

function appendLine(b: TextBuilder, original: string, l: Line): void {
  const pieces = scanMarkup(original, l.start, l.end);
  let lastChar = '';
  pieces.forEach((p, i) => {
    if (p.kind === 'text') {
      b.copy(original, p.start, p.end);
      lastChar = original[p.end - 1];
    } else if (p.kind === 'entity') {
      b.replace(p.value, p.start, p.end);
      if (p.value) lastChar = p.value[p.value.length - 1];
    } else {
      // A tag between two words stood for a break: keep the words apart.
      const next = pieces[i + 1];
      const nextChar = next ? (next.kind === 'text' ? original[next.start] : next.kind === 'entity' ? next.value[0] ?? '' : '') : '';
      if (lastChar && nextChar && !/\s/.test(lastChar) && !/\s/.test(nextChar) && /^<\/?(br|p|div|li|td|tr|h\d|section|article|img|hr)\b/i.test(original.slice(p.start, p.end))) {
        b.replace(' ', p.start, p.end);
        lastChar = ' ';
      }
    }
  });
}
