// Companies by shape: "Air France", "Adam Air" (airlines), and a name a company cue stands
// right before ("planemaker Boeing", "rival Lockheed Martin", "parent company EADS"), and
// firm names joined by an ampersand ("Procter & Gamble").
import type { KindRule } from './KindRule.ts';

const CAMEL = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u;
const PARTICLE_CAMEL = /^(?:Mc|Mac|De|Di|Da|Du|Del|Della|La|Le|Van|Von|Fitz|Ap|Ben|Bin|Abu|Al|El)\p{Lu}/u;

export const companyShapeRule: KindRule = ({ toks, a, b, lex }) => {
  const ws = toks.slice(a, b);
  if (ws.length === 2 && (ws[0].text === 'Air' || ws[1].text === 'Air')) return { kind: 'organization', reason: 'airline-shape', strength: 2 };
  // "Standard & Poor's", "Johnson & Johnson": people are not joined by an ampersand inside one name.
  if (ws.some((t) => t.text === '&')) return { kind: 'organization', reason: 'ampersand-firm', strength: 2 };
  // "AirTran", "WorldCom", "MultiChoice", "JetBlue": one word with a capital inside is a brand;
  // family names written so keep a particle in front ("McCartney", "DeSantis", "MacArthur").
  if (ws.length === 1 && CAMEL.test(ws[0].text) && !PARTICLE_CAMEL.test(ws[0].text) && !lex.sets.platforms.has(ws[0].text) && !/^\d/.test(toks[b]?.text ?? '')) return { kind: 'organization', reason: 'camel-brand', strength: 1 };
  const prev = toks[a - 1];
  if (prev?.word && !prev.cap && lex.sets.companyCues.has(prev.text.toLowerCase())) return { kind: 'organization', reason: 'company-cue', strength: 2 };
  return null;
};
