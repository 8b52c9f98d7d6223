// Outlets named by their web address ("News.Az", "Report.az", "Detik.com") are organizations
// (media) when the article cites them.
import type { KindRule } from './KindRule.ts';

const SITE = /^[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.(?:com|net|org|info|news|az|ru|tr|ge|am|uz|kz|kg|tj|ua|by|ir|pk|in|cn|jp|kr|de|fr|it|es|pl|gr|il|qa|ae|sa|eg|uk|co\.uk|io|tv|ng|ke|za)$/iu;

export const websiteNameRule: KindRule = ({ toks, a, b }) => {
  if (b - a !== 1 || !SITE.test(toks[a].text)) return null;
  return { kind: 'organization', reason: 'website', strength: 2 };
};
