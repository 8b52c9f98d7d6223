// An unknown all-capitals word of three to seven letters in running text is, in news, most often
// an organization ("IAEA", "NATO"); a short list of everyday acronyms is not.
import { lexiconTag } from '../CompromiseTagger.ts';
import type { KindRule } from './KindRule.ts';

const NOT_ORGS = new Set(['CEO', 'CFO', 'COO', 'GDP', 'UAV', 'UAVs', 'LNG', 'NGO', 'NGOs', 'VIP', 'USD', 'EUR', 'PDF', 'FAQ', 'HTML', 'URL', 'DNA', 'HIV', 'AIDS', 'COVID', 'SARS', 'MERS', 'ISBN', 'GMT', 'UTC', 'EST', 'EDT', 'PST', 'CET', 'BST', 'FM', 'PM', 'AM', 'MP', 'MPs', 'TV', 'ID', 'IT', 'AI', 'OK', 'PR', 'HQ', 'RSS', 'CCTV', 'ICBM', 'MW', 'GW', 'KM', 'BC', 'AD', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'WWII', 'USSR', 'UNSC', 'SUV', 'PHOTO', 'VIDEO', 'LIVE', 'UPDATE', 'NEWS', 'BREAKING', 'READ', 'MORE', 'ALSO', 'SUV', 'SUVS', 'AWD', 'RWD', 'FWD', 'LED', 'HVAC', 'IPO', 'EVS', 'GPS', 'USB', 'CPU', 'GPU', 'RAM', 'SSD', 'API', 'APP', 'YES', 'LCD', 'OLED', 'UHD', 'MPG', 'MPH', 'ETF', 'ETFS', 'CEOS', 'ATM', 'VAT', 'GST', 'PPE', 'ICU', 'NFT', 'CBD', 'THC', 'BMI', 'FYI', 'ASAP', 'LOL', 'OMG', 'TBD', 'TBA', 'EOD', 'P/E', 'EPS', 'YOY', 'QOQ', 'CAGR', 'ROI', 'KPI', 'B2B', 'B2C', 'SaaS', 'PCR', 'MRI', 'CT', 'RSVP', 'DIY', 'FAQS', 'PS', 'NB', 'AKA', 'ETA', 'GOAT', 'MVP', 'QB', 'WR', 'RB', 'TE', 'DL', 'LB', 'CB', 'OL']);

const THING_NOUN = /^(?:project|projects|programme|programmes|program|programs|system|systems|missile|missiles|satellite|satellites|rocket|rockets|drone|drones|corvette|corvettes|frigate|frigates|tank|tanks|jet|jets|aircraft|fighter|fighters|vaccine|vaccines|software|standard|protocol|format|scheme|initiative|mission)$/;

export const acronymRule: KindRule = ({ toks, a, b }) => {
  if (b - a !== 1) return null;
  const t = toks[a].text.replace(/\./g, '');
  // Model numbers ("A380", "F-16", "DC-9") are products.
  if (/^[A-Z]{1,3}-?\d{2,}/.test(t)) return null;
  // COP28-style names are events (summits), not organizations.
  // Up to seven letters: "MONUSCO", "MINUSMA", "UNITAMS" (UN missions).
  if (!/^[A-Z][A-Z0-9&]{2,6}$/.test(t) || NOT_ORGS.has(t) || /^COP\d+$/.test(t)) return null;
  // A shouted ordinary word ("WINS", "AHEAD") is not an acronym.
  if (toks[a].seenLower || lexiconTag(t.toLowerCase()) !== undefined) return null;
  // A headline in capitals is not a string of acronyms.
  const near = toks.slice(Math.max(0, a - 3), a + 4).filter((x) => x.word && x !== toks[a]);
  if (near.length && near.every((x) => x.text === x.text.toUpperCase() && /[A-Z]{2}/.test(x.text))) return null;
  // "the MILGEM project", "the THAAD system": an acronym naming a programme or a weapon.
  const next = toks[b];
  if (next?.word && !next.cap && next.sent === toks[a].sent && THING_NOUN.test(next.text)) return { kind: 'none', reason: 'acronym-of-thing', strength: 1 };
  return { kind: 'organization', reason: 'acronym', strength: 1 };
};
