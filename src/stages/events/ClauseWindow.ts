// The stretch of a sentence that belongs to one trigger: its participants, place and time are
// looked for here, so a second clause ("..., while X visited Y") does not leak into the first.
import type { Span } from '../../pipeline/types.ts';

// Left edges: a semicolon, a dash, or a comma that opens a new clause with its own subject.
const LEFT = /\s(?:who|that)\s+(?=(?:is|are|was|were|has|had|have)\s)|;|\s[—–]\s|,\s+(?:while|whereas|but|after which|when|as|before|after|where|which|who|during which)\s|[,.]["”]\s/g;
// Right edges: the same, plus a closing quote with its attribution ("...," the ministry said).
const RIGHT = /;|\s[—–]\s|,\s+(?:while|whereas|but|when|before|after|where|which|who|during which|and (?:he|she|they) )\s?|[,.]["”]\s|\s(?:which|that|who)\s+(?=(?:will|would|is|was|are|were|has|had|have)\b)/g;

const INTRO = /^\s*(?:In addition to|Besides|Apart from|Following|After|Before|Ahead of|Prior to|During|At the (?:start|end|beginning|close|conclusion|outset) of|On the sidelines of|On the margins of|Along with)\b[^,]{0,100},\s+/;
// Introductions that tell another event: the main clause does not reach back into them.
const OTHER_EVENT_INTRO = /^\s*(?:In addition to|Besides|Apart from|Along with)\b/;

// "met A of Zambia; B, President of Ghana; and C": semicolons that separate the items of a list
// of names (short, capitalized, no verb) do not end the clause.
function isListItem(rest: string): boolean {
  const item = rest.split(';')[0].replace(/[.]\s*$/, '');
  if (!/^\s+(?:and\s+)?\p{Lu}/u.test(item)) return false;
  const words = item.trim().split(/\s+/);
  return words.length <= 10 && !/\b(?:is|was|were|are|has|had|have|will|said|says|met|meets|held|did)\b/.test(item);
}

// "Deputy Prime Minister – Foreign Minister Yermek Kosherbayev": a dash joining two titles of one person cuts nothing.
const TITLE = String.raw`(?:Minister|Secretary|President|Chairman|Chairperson|Premier|Governor|Ambassador|Director|Commissioner|Speaker|Chancellor|Chief)`;
const TITLE_BEFORE = new RegExp(String.raw`\b${TITLE}\s*$`, 'u');
const TITLE_AFTER = new RegExp(String.raw`^\s*(?:\p{Lu}[\p{L}-]*\s+){0,3}${TITLE}\b`, 'u');
function joinsTitles(s: string, m: RegExpExecArray): boolean {
  return /[—–]/.test(m[0]) && TITLE_BEFORE.test(s.slice(0, m.index)) && TITLE_AFTER.test(s.slice(m.index + m[0].length));
}

/** A clause never reaches further than this from its trigger: keeps run-on "sentences" linear. */
const REACH = 400;

export function clauseAround(text: string, whole: Span, trigger: Span): Span {
  const sentence = { start: Math.max(whole.start, trigger.start - REACH), end: Math.min(whole.end, trigger.end + REACH) };
  const s = text.slice(sentence.start, sentence.end);
  const tStart = trigger.start - sentence.start;
  const tEnd = trigger.end - sentence.start;
  let left = 0;
  LEFT.lastIndex = 0;
  for (let m = LEFT.exec(s); m; m = LEFT.exec(s)) {
    if (m.index + m[0].length > tStart) break;
    if (joinsTitles(s, m)) continue;
    // "X, who is touring the region, landed in Ankara": a closed relative clause leaves X the subject.
    if (/^,\s+(?:who|which)\s/.test(m[0]) && s.slice(m.index + m[0].length, tStart).includes(',')) continue;
    left = m.index + m[0].length;
  }
  // "In addition to his talks with Lavrov, Fidan met ...": an introductory phrase is not the clause of the main verb.
  const intro = INTRO.exec(s);
  if (intro && OTHER_EVENT_INTRO.test(intro[0]) && intro[0].length <= tStart && left < intro[0].length) left = intro[0].length;
  let right = s.length;
  RIGHT.lastIndex = tEnd;
  for (let r = RIGHT.exec(s); r; r = RIGHT.exec(s)) {
    if (r[0] === ';' && isListItem(s.slice(r.index + 1))) continue;
    if (joinsTitles(s, r)) continue;
    // "held talks with X, who is on a visit, in Beijing on Monday": the main clause resumes after the relative one.
    if (/^,\s+(?:who|which)\s/.test(r[0]) && /^,\s+(?:who|which)\s[^,;]{0,120},\s+(?:in|on|at|during)\s/.test(s.slice(r.index))) continue;
    // The comma closing an introductory phrase ends the clause of a trigger inside it.
    right = r.index;
    break;
  }
  if (intro && tEnd <= intro[0].length) right = Math.min(right, intro[0].trimEnd().length - 1);
  return { start: sentence.start + left, end: sentence.start + Math.max(right, tEnd) };
}

// Coordinated verb phrases ("landed in Ankara on Sunday and held talks ... on Monday") share a
// subject but not a time or place: those are looked for in the trigger's own verb phrase.
const VP_JOIN = /,?\s+and\s+(?:then\s+|later\s+|also\s+)?(?=(?:held|holds|met|meets|visited|visits|hosted|received|discussed|had|signed|attended|addressed|spoke|talked|travel(?:l)?ed|flew|arrived|landed|left|went|paid|made|was|were|will|would|is|are|has|have)\b)|,\s+and\s+(?=\p{Ll}+ed\b)/gu;

export function verbPhraseAround(text: string, clause: Span, trigger: Span): Span {
  const s = text.slice(clause.start, clause.end);
  let left = 0;
  let right = s.length;
  VP_JOIN.lastIndex = 0;
  for (let m = VP_JOIN.exec(s); m; m = VP_JOIN.exec(s)) {
    const end = m.index + m[0].length;
    if (end <= trigger.start - clause.start) left = end;
    else if (m.index >= trigger.end - clause.start) {
      right = m.index;
      break;
    }
  }
  return { start: clause.start + left, end: clause.start + right };
}
