// HTML entities and leftover tags inside a line of a text dump. The cleaned text shows the
// decoded character while its offset map keeps pointing at the raw `&amp;` in the original.
import { ENTITIES } from './Lexicons.ts';

export type MarkupPiece =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'entity'; start: number; end: number; value: string }
  | { kind: 'tag'; start: number; end: number };

const MARKUP = /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,300})?\/?>|<!--[\s\S]{0,500}?-->/g;

function entityValue(body: string): string | null {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    if (code === 0xa0) return ' ';
    // Windows-1252 code points that HTML maps to typographic characters (&#146; is a quote).
    if (code >= 0x80 && code <= 0x9f) return CP1252[code - 0x80] ?? null;
    return String.fromCodePoint(code);
  }
  return Object.prototype.hasOwnProperty.call(ENTITIES, body) ? ENTITIES[body] : null;
}

const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'.split('');

/** Splits original[start, end) into plain text, decodable entities and tags. */
export function scanMarkup(original: string, start: number, end: number): MarkupPiece[] {
  const out: MarkupPiece[] = [];
  const chunk = original.slice(start, end);
  if (!chunk.includes('&') && !chunk.includes('<')) return [{ kind: 'text', start, end }];
  let pos = 0;
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(chunk); m; m = MARKUP.exec(chunk)) {
    let piece: MarkupPiece | null = null;
    if (m[0][0] === '&') {
      const v = entityValue(m[1]);
      if (v != null) piece = { kind: 'entity', start: start + m.index, end: start + m.index + m[0].length, value: v };
    } else {
      piece = { kind: 'tag', start: start + m.index, end: start + m.index + m[0].length };
    }
    if (!piece) continue;
    if (m.index > pos) out.push({ kind: 'text', start: start + pos, end: start + m.index });
    out.push(piece);
    pos = m.index + m[0].length;
  }
  if (pos < chunk.length) out.push({ kind: 'text', start: start + pos, end });
  return out;
}

/** The line as a reader sees it: entities decoded, tags dropped, white space collapsed. */
export function plainText(original: string, start: number, end: number): string {
  let s = '';
  for (const p of scanMarkup(original, start, end)) {
    if (p.kind === 'text') s += original.slice(p.start, p.end);
    else if (p.kind === 'entity') s += p.value;
    else s += ' ';
  }
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}
