// The kind rules in order. Lexicon first (a known name is known), then events (so "BRICS
// Summit" is not an organization by its head), then head words, titles, acronyms, the person
// shape, and the tagger's guess last.
import { acronymRule } from './rules/AcronymRule.ts';
import { companyShapeRule } from './rules/CompanyShapeRule.ts';
import { eventNameRule } from './rules/EventNameRule.ts';
import { headWordKindRule } from './rules/HeadWordKindRule.ts';
import type { KindInput, KindRule, KindVerdict } from './rules/KindRule.ts';
import { lexiconKindRule } from './rules/LexiconKindRule.ts';
import { relationNameRule } from './rules/RelationNameRule.ts';
import { personShapeRule } from './rules/PersonShapeRule.ts';
import { taggerKindRule } from './rules/TaggerKindRule.ts';
import { titledPersonRule } from './rules/TitledPersonRule.ts';
import { websiteNameRule } from './rules/WebsiteNameRule.ts';

export const KIND_RULES: KindRule[] = [
  lexiconKindRule,
  websiteNameRule,
  eventNameRule,
  relationNameRule,
  headWordKindRule,
  titledPersonRule,
  companyShapeRule,
  acronymRule,
  personShapeRule,
  taggerKindRule,
];

export function classify(x: KindInput): KindVerdict | null {
  for (const rule of KIND_RULES) {
    const v = rule(x);
    if (v) return v;
  }
  return null;
}
