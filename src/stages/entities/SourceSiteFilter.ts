// The website the page was scraped from is no organization of the story when only its name's
// shape typed it ("JEDDAH (UrduPoint / Pakistan Point News - ...)" on urdupoint.com): the
// annotation guide leaves out the site named as a site. A name the text types itself (a
// dateline's agency credit, a lexicon entry, a head word) stays: "(Petra) --" on petra.gov.jo
// is the agency that filed the story.
import type { Candidate } from './Candidate.ts';
import { fold } from './Fold.ts';

const SHAPE_ONLY = new Set(['camel-brand', 'tagger']);

export function dropSourceSiteNames(cands: Candidate[], source: string | null | undefined): Candidate[] {
  const label = siteLabel(source);
  if (!label) return cands;
  return cands.filter((c) => !(c.kind === 'organization' && !c.lex && (SHAPE_ONLY.has(c.reason) || c.strength === 0) && fold(c.text).replace(/[^a-z0-9]/g, '') === label));
}

/** "www.urdupoint.com" -> "urdupoint"; "news.az" -> "news"; "petra.gov.jo" -> "petra". */
function siteLabel(source: string | null | undefined): string | null {
  if (!source) return null;
  const host = source.replace(/^https?:\/\//, '').split('/')[0].toLowerCase().replace(/^www\./, '');
  const parts = host.split('.');
  // the label before the public suffix ("gov.jo", "co.uk", "com")
  let i = parts.length - 2;
  while (i > 0 && /^(?:gov|co|com|org|net|ac|edu|news)$/.test(parts[i])) i--;
  return i >= 0 && parts[i].length >= 3 ? parts[i] : null;
}
