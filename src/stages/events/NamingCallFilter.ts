// "a mission called Europa Clipper", "a show called “Ask Dr. Mike”", "the so-called Quartet":
// "called" after a common noun with an indefinite article, after a copula, or before a quoted
// title names something; nobody is phoned. A phone call's subject is a person or a pronoun, and
// its object is someone, never a quotation.
import type { Trigger } from './Candidate.ts';

// "an improvised live show called": an indefinite noun phrase whose head (lowercase) precedes "called".
const INDEFINITE_NOUN = /\b(?:a|an)\s+(?:[\p{L}’'.-]+\s+){0,4}([a-z][a-z-]*)\s+$/u;
const NOT_NOUN = /^(?:he|she|they|we|i|you|who|which|that|later|then|also|again|once|reportedly|recently|previously|and|but|or|had|has|have)$|ly$/;
const COPULA = /\b(?:so|is|are|was|were|be|been|being|am)[\s-]+$/i;

/** True when the "called" trigger names something rather than tells a phone call. */
export function namesRatherThanCalls(text: string, trigger: Trigger): boolean {
  if (trigger.type !== 'phone_call' || !/^called$/i.test(trigger.text)) return false;
  const before = text.slice(Math.max(0, trigger.start - 60), trigger.start);
  if (COPULA.test(before)) return true;
  if (/^\s*["“‘]/.test(text.slice(trigger.end, trigger.end + 4))) return true;
  const m = INDEFINITE_NOUN.exec(before);
  return !!m && !NOT_NOUN.test(m[1]);
}
