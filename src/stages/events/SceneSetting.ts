// "Both leaders were nonetheless in Brussels. Kurti met Kallas on Thursday morning, while Vucic
// held talks with her in the afternoon": a sentence that only puts people in a place sets the
// scene for the meetings of the next sentence that name no place of their own.
import type { Sentence } from '../../pipeline/types.ts';
import type { Draft } from './EventMerger.ts';
import type { MentionIndex } from './MentionIndex.ts';

const SCENE = /\b(?:was|were|is|are)\s+(?:(?:also|already|nonetheless|still|both|all|then)\s+)?in\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s*[.!]?\s*$/u;

export function inheritScene(text: string, sentences: Sentence[], drafts: Draft[], mentions: MentionIndex): void {
  sentences.forEach((s, i) => {
    if (drafts.some((d) => d.sentences.includes(i))) return;
    const body = text.slice(s.start, s.end);
    const m = SCENE.exec(body);
    if (!m || body.length > 120) return;
    const nameStart = s.start + m.index + m[0].indexOf(m[1]);
    const place = mentions.at(nameStart, nameStart + m[1].length);
    if (!place || place.entity.kind !== 'location') return;
    const phraseStart = s.start + m.index + m[0].search(/\bin\s/);
    const loc = { name: m[1], text: text.slice(phraseStart, nameStart + m[1].length), span: { start: phraseStart, end: nameStart + m[1].length }, phrase: { start: phraseStart, end: nameStart + m[1].length } };
    for (const d of drafts) if (d.type === 'meeting' && !d.location && !d.summit && d.sentences[0] === i + 1) d.location = loc;
  });
}
