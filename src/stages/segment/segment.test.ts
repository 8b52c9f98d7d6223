import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordFromText } from '../../pipeline/record.ts';
import { segmentStage } from './index.ts';

const run = (text: string) => segmentStage.run(recordFromText(text), segmentStage.defaults) as ReturnType<typeof recordFromText>;

describe('segment', () => {
  it('splits sentences but not at abbreviations, initials or dates', () => {
    const text = 'U.S. Secretary Antony J. Blinken met Fidan on Feb. 3 in Doha. They talked. Dr. Smith said "Yes." Then left.';
    const r = run(text);
    expect(r.sentences!.map((s) => text.slice(s.start, s.end))).toEqual([
      'U.S. Secretary Antony J. Blinken met Fidan on Feb. 3 in Doha.',
      'They talked.',
      'Dr. Smith said "Yes."',
      'Then left.',
    ]);
  });

  it('numbers paragraphs and keeps a heading line apart', () => {
    const text = 'ANKARA\n\nFirst one. Second one.\n\nA heading\n\nLast.';
    const r = run(text);
    expect(r.paragraphs!.map((p) => text.slice(p.start, p.end))).toEqual(['ANKARA', 'First one. Second one.', 'A heading', 'Last.']);
    expect(r.sentences!.map((s) => s.paragraph)).toEqual([0, 1, 1, 2, 3]);
  });

  it('yields trimmed, ordered, non-overlapping spans for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const r = run(text);
        let last = 0;
        for (const s of r.sentences!) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(/\s/.test(text[s.start])).toBe(false);
          last = s.end;
        }
      }),
    );
  });
});
