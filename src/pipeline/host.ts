// The parts of a page's address that can name its publisher, shared by the stages that must
// tell the site's own name from the story's ("aa.com.tr" -> "aa", "petra.gov.jo" -> "petra").

// Parts of a host that say nothing about the publisher.
const HOST_NOISE = new Set(['www', 'www2', 'm', 'mobile', 'amp', 'en', 'english', 'com', 'org', 'net', 'gov', 'co', 'edu', 'int', 'info', 'news']);

/** Lowercased labels of each URL's or host's name, the top-level domain and noise parts left out. */
export function publisherLabels(...urls: (string | null | undefined)[]): string[] {
  const hosts = urls
    .filter((s): s is string => typeof s === 'string' && s.length > 0)
    .map((s) => s.toLowerCase().replace(/^[a-z]+:\/\//, '').split(/[/?#:]/)[0]);
  return [...new Set(hosts.flatMap((h) => h.split('.').slice(0, -1)).filter((p) => p.length >= 2 && !HOST_NOISE.has(p)))];
}
