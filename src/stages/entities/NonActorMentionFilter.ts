// Mentions that name no actor: a country inside a currency ("US$ 40 billion", "US dollars",
// "AU$52.5 million"), a currency code before an amount ("AED 6 billion"),
// a maker inside a product name ("Boeing 737s"), a product's name after its model number
// ("the 787 Dreamliner"), which marks the product's other mentions too. The entity stays where
// the text names it otherwise.
import type { Candidate } from './Candidate.ts';
import { fold } from './Fold.ts';
import type { Token } from './Tokenizer.ts';

// ISO 4217 codes that news writes before amounts (not USD/EUR, which no rule takes for a body).
const CURRENCY = /^(?:AED|SAR|QAR|KWD|BHD|OMR|EGP|JOD|IQD|LBP|SYP|IRR|TRY|ILS|INR|PKR|BDT|LKR|NPR|CNY|RMB|JPY|KRW|HKD|TWD|SGD|MYR|IDR|THB|VND|PHP|AUD|NZD|CAD|MXN|BRL|ARS|CLP|COP|PEN|GBP|CHF|SEK|NOK|DKK|PLN|CZK|HUF|RON|RUB|UAH|KZT|UZS|AZN|GEL|AMD|ZAR|NGN|KES|ETB|GHS|TZS|UGX|MAD|DZD|TND|XOF|XAF)$/;

export function dropNonActorMentions(cands: Candidate[], toks: Token[]): Candidate[] {
  const products = new Set<string>();
  const kept = cands.filter((c) => {
    // "Boeing 737s", "Airbus 380": a maker's name before a model number names a product.
    const nx = toks[c.b];
    // ("Rolls-Royce Trent 900 engines" too: a person's name is not followed by a model number).
    if (c.kind !== 'location' && c.strength < 2 + (c.kind === 'person' ? 0 : 1) && nx?.word && /^\d{2,}/.test(nx.text) && nx.start === toks[c.b - 1].end + 1 && !/^\d{4}$/.test(nx.text)) return false;
    // "the 787 Dreamliner", "Boeing 787 \"Dreamliner\"", "A350 XWB": a name right after a model
    // number is the product's name.
    let p = c.a - 1;
    if (toks[p] && /^["“'‘]$/.test(toks[p].text)) p--;
    const model = toks[p];
    if (!c.lex && c.kind !== 'location' && model?.word && /^(?:[A-Z]{0,3}-?\d{3,}[A-Za-z]?)$/.test(model.text) && !/^(?:1[89]|20)\d\d$/.test(model.text) && c.start - model.end <= 2) {
      products.add(fold(c.text));
      return false;
    }
    // "AU$52.5 million", "CA$3 billion", "HK$": letters glued to a dollar sign are a currency,
    // whatever else they spell (AU is also the African Union).
    if (nx?.text === '$' && nx.start === toks[c.b - 1].end && c.b - c.a === 1 && /^[\p{Lu}.]{1,4}$/u.test(c.text)) return false;
    // "AED 6 billion", "SAR 3.5 million", "EGP 200": an ISO currency code before an amount.
    if (c.b - c.a === 1 && !c.lex && CURRENCY.test(c.text) && nx?.word && /^\d/.test(nx.text)) return false;
    if (c.kind !== 'location' || c.lex?.type !== 'country') return true;
    const next = toks[c.b];
    if (!next) return true;
    return !/^dollars?$/i.test(next.text);
  });
  // The product named so once is the product wherever the article names it ("the “Dreamliner”").
  for (const c of kept) if (products.has(fold(c.text)) && c.strength < 2 && !c.lex) c.product = true;
  return kept;
}
