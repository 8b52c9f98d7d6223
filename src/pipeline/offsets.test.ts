import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OffsetMap, TextBuilder } from './offsets.ts';

describe('OffsetMap', () => {
  it('maps copied spans back to the same characters', () => {
    const original = 'Menu\nHome\nKalın met Haniyye in Doha.\nShare this\nThey discussed Gaza.';
    const b = new TextBuilder();
    b.copy(original, 10, 36).replace('\n\n', 48, 48).copy(original, 48, original.length);
    const { text, offsets } = b.build();
    expect(text).toBe('Kalın met Haniyye in Doha.\n\nThey discussed Gaza.');
    const at = text.indexOf('Gaza');
    const o = offsets.toOriginal(at, at + 4);
    expect(original.slice(o.start, o.end)).toBe('Gaza');
    const k = offsets.toOriginal(0, 5);
    expect(original.slice(k.start, k.end)).toBe('Kalın');
  });

  it('maps a decoded entity to the whole raw entity', () => {
    const original = 'Tom&nbsp;Jones &amp; Co';
    const b = new TextBuilder();
    b.copy(original, 0, 3).replace(' ', 3, 9).copy(original, 9, 15).replace('&', 15, 20).copy(original, 20, 23);
    const { text, offsets } = b.build();
    expect(text).toBe('Tom Jones & Co');
    const o = offsets.toOriginal(0, 9);
    expect(original.slice(o.start, o.end)).toBe('Tom&nbsp;Jones');
    const amp = offsets.toOriginal(10, 11);
    expect(original.slice(amp.start, amp.end)).toBe('&amp;');
    expect(offsets.fromOriginal(original.indexOf('Jones'))).toBe(text.indexOf('Jones'));
  });

  it('keeps every copied character at its place (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }), (s, cuts) => {
        // Keep a sorted, disjoint set of ranges, with a separator inserted between them.
        const points = [...new Set(cuts.flat().map((x) => x % (s.length + 1)))].sort((a, b) => a - b);
        const b = new TextBuilder();
        const kept: [number, number][] = [];
        for (let i = 0; i + 1 < points.length; i += 2) {
          if (kept.length) b.replace('|', points[i], points[i]);
          b.copy(s, points[i], points[i + 1]);
          kept.push([points[i], points[i + 1]]);
        }
        const { text, offsets } = b.build();
        let pos = 0;
        for (const [ks, ke] of kept) {
          if (pos > 0) pos += 1;
          for (let j = 0; j < ke - ks; j++) {
            const o = offsets.toOriginal(pos + j, pos + j + 1);
            expect(o).toEqual({ start: ks + j, end: ks + j + 1 });
            expect(s.slice(o.start, o.end)).toBe(text[pos + j]);
          }
          pos += ke - ks;
        }
      }),
    );
  });

  it('is the identity for an untouched text', () => {
    const m = OffsetMap.identity(10);
    expect(m.toOriginal(2, 7)).toEqual({ start: 2, end: 7 });
    expect(m.toOriginal(4, 4)).toEqual({ start: 4, end: 4 });
  });
});
