import type { EntityKind } from '../../pipeline/types.ts';
import type { LexEntry } from './Lexicons.ts';

/** A proposed mention: a token range plus what the rules found out about it. */
export interface Candidate {
  a: number; // first token
  b: number; // one past the last token
  start: number;
  end: number;
  text: string;
  kind: EntityKind | null; // null: not decided yet (coreference may decide)
  /** which rule decided the kind (chrono's "tagged with the rule that made it") */
  reason: string;
  role?: string;
  country?: string;
  lex?: LexEntry;
  aliases?: string[];
  /** 2 = stated by the text (title, apposition, head word), 1 = lexicon or shape, 0 = tagger guess */
  strength: number;
  /** the name when it is not the mention's text: "Hamas Shura Council" for "Hamas' Shura Council" */
  name?: string;
  /** the candidate's last word carried a possessive ('s) */
  possessive?: boolean;
  /** the mention starts a sentence or a line */
  sentenceInitial?: boolean;
  /** a one-word mention that is also an ordinary English word ("People", "Classic") */
  ordinary?: boolean;
  /** the first word is a given name the tagger knows ("Taylor", "Teresa") */
  given?: boolean;
  /** the word right before the mention, lowercased ("in", "planemaker") */
  prevWord?: string;
  /** an article or determiner stands right before it, an opening quote allowed between ("the “Dreamliner”") */
  determined?: boolean;
  /** an apposition says it is a version or model ("Tiger, the newest version of ...") */
  versionApposition?: boolean;
  /** the article names it as a product elsewhere ("the 787 Dreamliner", "Ford Taurus") */
  product?: boolean;
}
