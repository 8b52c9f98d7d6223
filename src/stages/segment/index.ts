import type { ArticleRecord, Sentence, Span, Stage } from '../../pipeline/types.ts';
import { splitSentences } from './SentenceSplitter.ts';

export interface SegmentOptions {
  /** Lines shorter than this with no sentence end are kept as their own paragraph (headings). */
  minSentenceChars: number;
}

/** Paragraphs are runs of non-blank lines; sentences are found inside each paragraph. */
export function findParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let s = m.index;
    let e = m.index + m[0].length;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}

export const segmentStage: Stage<SegmentOptions> = {
  name: 'segment',
  description: 'paragraphs and sentences of the cleaned text, with offsets',
  requires: ['text'],
  assigns: ['paragraphs', 'sentences'],
  defaults: { minSentenceChars: 1 },
  run(record: ArticleRecord, options: SegmentOptions): ArticleRecord {
    const paragraphs = findParagraphs(record.text);
    const sentences: Sentence[] = [];
    paragraphs.forEach((p, i) => {
      for (const s of splitSentences(record.text, p.start, p.end)) {
        if (s.end - s.start >= options.minSentenceChars) sentences.push({ ...s, paragraph: i });
      }
    });
    return { ...record, paragraphs, sentences };
  },
};
