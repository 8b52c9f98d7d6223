// The website the page was scraped from is no organization of the story when only its name's
// shape typed it ("JEDDAH (UrduPoint / Pakistan Point News - ...)" on urdupoint.com): the
// annotation guide leaves out the site named as a site. A name the text types itself (a
// dateline's agency credit, a lexicon entry, a head word) stays: "(Petra) --" on petra.gov.jo
// is the agency that filed the story.
import { publisherLabels } from '../../pipeline/host.ts';
import type { Candidate } from './Candidate.ts';
import { fold } from './Fold.ts';

const SHAPE_ONLY = new Set(['camel-brand', 'tagger']);

export function dropSourceSiteNames(cands: Candidate[], source: string | null | undefined): Candidate[] {
  const labels = publisherLabels(source).filter((l) => l.length >= 3);
  if (labels.length === 0) return cands;
  return cands.filter((c) => !(c.kind === 'organization' && !c.lex && (SHAPE_ONLY.has(c.reason) || c.strength === 0) && labels.includes(fold(c.text).replace(/[^a-z0-9]/g, ''))));
}
