// Maps positions in a derived text (the cleaned text) back to the original.
// A piece maps `length` derived characters to `origLength` original characters: equal
// lengths map one to one; unequal ones (a decoded HTML entity, an inserted separator of
// origLength 0) map as a whole.
export interface Piece {
  at: number; // start in the derived text
  length: number;
  orig: number; // start in the original
  origLength: number;
}

export class OffsetMap {
  readonly pieces: Piece[];
  constructor(pieces: Piece[]) {
    this.pieces = pieces;
  }

  static identity(length: number): OffsetMap {
    return new OffsetMap([{ at: 0, length, orig: 0, origLength: length }]);
  }

  private find(pos: number): number {
    const p = this.pieces;
    let lo = 0;
    let hi = p.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (p[mid].at <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Original start of the derived character at `pos`. */
  private startOf(pos: number): number {
    if (this.pieces.length === 0) return pos;
    const pc = this.pieces[this.find(pos)];
    if (pc.length === pc.origLength) return pc.orig + Math.max(0, Math.min(pos - pc.at, pc.length));
    return pc.orig;
  }

  /** Original end (exclusive) of the derived character at `pos`. */
  private endOf(pos: number): number {
    if (this.pieces.length === 0) return pos + 1;
    const pc = this.pieces[this.find(pos)];
    if (pc.length === pc.origLength) return pc.orig + Math.max(0, Math.min(pos - pc.at + 1, pc.length));
    return pc.orig + pc.origLength;
  }

  toOriginal(start: number, end: number): { start: number; end: number } {
    const s = this.startOf(start);
    const e = end <= start ? s : this.endOf(end - 1);
    return { start: s, end: Math.max(s, e) };
  }

  /** The derived position of an original position, or -1 when it was cut out. */
  fromOriginal(orig: number): number {
    for (const pc of this.pieces) {
      if (orig >= pc.orig && orig < pc.orig + Math.max(pc.origLength, 1)) {
        return pc.length === pc.origLength ? pc.at + (orig - pc.orig) : pc.at;
      }
    }
    return -1;
  }
}

/** Builds a derived text and its map in one pass. */
export class TextBuilder {
  private parts: string[] = [];
  private pieces: Piece[] = [];
  private len = 0;

  /** Copy original[start, end) as it is. */
  copy(original: string, start: number, end: number): this {
    if (end <= start) return this;
    const last = this.pieces[this.pieces.length - 1];
    if (last && last.length === last.origLength && last.orig + last.origLength === start && last.at + last.length === this.len) {
      last.length += end - start;
      last.origLength += end - start;
    } else {
      this.pieces.push({ at: this.len, length: end - start, orig: start, origLength: end - start });
    }
    this.parts.push(original.slice(start, end));
    this.len += end - start;
    return this;
  }

  /** Put `text` in place of original[start, end) (a decoded entity; or an insertion when start === end). */
  replace(text: string, start: number, end: number): this {
    if (text.length === 0) return this;
    this.pieces.push({ at: this.len, length: text.length, orig: start, origLength: end - start });
    this.parts.push(text);
    this.len += text.length;
    return this;
  }

  get length(): number {
    return this.len;
  }

  endsWith(s: string): boolean {
    return this.toString().endsWith(s);
  }

  toString(): string {
    return this.parts.join('');
  }

  build(): { text: string; offsets: OffsetMap } {
    return { text: this.parts.join(''), offsets: new OffsetMap(this.pieces) };
  }
}
