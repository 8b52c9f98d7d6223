import type { ArticleRecord, Entity, Stage } from '../../pipeline/types.ts';
import { applyAcronyms } from './AcronymAliasRule.ts';
import { dropThingAcronyms } from './AcronymOfThingRule.ts';
import { applyAppositions } from './AppositionRoleRule.ts';
import { findCandidates } from './CandidateFinder.ts';
import { tagText, teach } from './CompromiseTagger.ts';
import { refineClusters } from './ClusterRefiner.ts';
import { refineProducts } from './ProductRefiner.ts';
import { link } from './CorefLinker.ts';
import { dropNonActorMentions } from './NonActorMentionFilter.ts';
import { dropCountryModifiers } from './CountryModifierFilter.ts';
import { dropCountriesOfOrgs } from './CountryOfOrgRule.ts';
import { dropIndexNames } from './IndexNameFilter.ts';
import { findDescriptorOrgs } from './DescriptorOrgRule.ts';
import { buildEntities } from './EntityBuilder.ts';
import { applyPlaceContext } from './PlaceContextRule.ts';
import { applyCityState } from './CityStateRule.ts';
import { applyDatelineAgencies } from './DatelineAgencyRule.ts';
import { dropProductNames } from './ProductNounFilter.ts';
import { dropSourceSiteNames } from './SourceSiteFilter.ts';
import { applyFacilityMentions } from './FacilityMentionRule.ts';
import { applyPossessorNames } from './PossessorNameRule.ts';
import { buildLexicon, defaultLexicon, type Lexicon, type LexiconExtension } from './Lexicons.ts';
import { tokenize } from './Tokenizer.ts';

export type { LexiconExtension } from './Lexicons.ts';

export interface EntitiesOptions {
  /** Extra people, organizations and places, merged into the shipped lexicons. */
  lexicon?: LexiconExtension;
  /** Drop entities the text itself never typed (only the tagger guessed). */
  dropTaggerOnly?: boolean;
}

const extended = new Map<string, Lexicon>();
function lexiconFor(ext?: LexiconExtension): Lexicon {
  if (!ext || !(ext.people?.length || ext.organizations?.length || ext.places?.length)) return defaultLexicon();
  const key = JSON.stringify(ext);
  let lex = extended.get(key);
  if (!lex) {
    lex = buildLexicon(ext);
    extended.set(key, lex);
  }
  return lex;
}

/** Finds, types, links and names the people, organizations and places of one text. */
export function findEntities(
  text: string,
  sentences: ArticleRecord['sentences'],
  options: EntitiesOptions = {},
  publishedAt: string | null = null,
  source: string | null = null,
): Entity[] {
  const lex = lexiconFor(options.lexicon);
  teach(lex);
  const sents = sentences && sentences.length ? sentences : [{ start: 0, end: text.length, paragraph: 0 }];
  // The one compromise parse of the article.
  const toks = tokenize(text, sents, tagText(text));
  const cands = dropSourceSiteNames(dropThingAcronyms(findCandidates(text, toks, lex), toks, lex), source);
  applyAcronyms(cands, toks, lex);
  applyDatelineAgencies(cands, toks);
  applyAppositions(cands, toks, text, lex);
  applyPlaceContext(cands, toks);
  cands.push(...applyCityState(cands, toks, text, lex));
  applyPossessorNames(cands, toks, lex);
  cands.push(...findDescriptorOrgs(cands, toks, text, lex));
  // Candidates typed by a rule other than the lexicon still meet their lexicon entry here.
  for (const c of cands) c.lex ??= lex.lookup(c.text).find((e) => e.kind === c.kind);
  applyFacilityMentions(cands, toks);
  const kept = dropCountriesOfOrgs(dropCountryModifiers(dropNonActorMentions(options.dropTaggerOnly ? cands.filter((c) => c.strength > 0 || !c.kind) : cands, toks), toks, lex), toks, lex);
  const unindexed = dropProductNames(dropIndexNames(kept, toks, lex), toks);
  const year = publishedAt && /^\d{4}/.test(publishedAt) ? Number(publishedAt.slice(0, 4)) : null;
  const clusters = link(unindexed);
  refineProducts(clusters, lex);
  return buildEntities(refineClusters(clusters, lex), lex, year);
}

export const entitiesStage: Stage<EntitiesOptions> = {
  name: 'entities',
  description: 'people, organizations and places with every mention',
  requires: ['text', 'sentences'],
  assigns: ['entities'],
  // Every option is listed so a pipeline file may set it (the loader checks names against these).
  defaults: { dropTaggerOnly: false, lexicon: {} },
  run(record: ArticleRecord, options: EntitiesOptions): ArticleRecord {
    if (record.skipNlp) return { ...record, entities: [] };
    return { ...record, entities: findEntities(record.text, record.sentences, options, record.meta.publishedAt, record.meta.source) };
  },
};
