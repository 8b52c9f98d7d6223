// A name after a personal title is a person ("President Putin", "Sheikh Tamim").
import type { KindRule } from './KindRule.ts';

export const titledPersonRule: KindRule = ({ titled }) => (titled ? { kind: 'person', reason: 'title', strength: 2 } : null);
