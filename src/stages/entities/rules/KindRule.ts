import type { EntityKind } from '../../../pipeline/types.ts';
import type { LexEntry, Lexicon } from '../Lexicons.ts';
import type { Token } from '../Tokenizer.ts';

/** What a kind rule sees: the name tokens [a, b) (title already cut off) and whether a title led them. */
export interface KindInput {
  toks: Token[];
  a: number;
  b: number;
  text: string;
  titled: boolean;
  lex: Lexicon;
}

export interface KindVerdict {
  kind: EntityKind | 'event' | 'none';
  reason: string;
  strength: number;
  lex?: LexEntry;
  /** for events named after an organization ("BRICS Summit"): the organization's token range */
  sub?: { a: number; b: number; entry: LexEntry };
}

export type KindRule = (x: KindInput) => KindVerdict | null;
