// "Fidan separately met Armenian Foreign Minister Mirzoyan … Foreign ministers from Azerbaijan,
// Armenia, Iran and Russia joined Fidan for the Istanbul meeting": a two-sided meeting with no
// place, of the same status and date, whose both sides (a state standing for its minister) sit at
// a placed meeting of three or more, happened on its margins, in its place.
import { type Draft, same } from './EventMerger.ts';
import { isVenue } from './LocationFinder.ts';

export function inheritMarginPlaces(drafts: Draft[]): void {
  const gatherings = drafts.filter((g) => g.type === 'meeting' && g.location && g.participants.length >= 3);
  for (const d of drafts) {
    if (d.type !== 'meeting' || d.location || d.summit || d.participants.length !== 2) continue;
    const hosts = gatherings.filter(
      (g) =>
        g.status === d.status &&
        (!g.date?.value || !d.date?.value || g.date.value === d.date.value) &&
        d.participants.every((p) => g.participants.some((q) => same(p, q))),
    );
    // Two gatherings in different places would leave the place undecided.
    if (new Set(hosts.map((g) => g.location!.name)).size === 1) d.location = hosts[0].location;
  }
}

// "On the sidelines, Ramaphosa met with Modi", "Macron and Merz are due to meet on the sidelines on
// Sunday", "on the margins of the summit": a meeting told as held on the sidelines, with no town of its
// own (or only a venue: "at the residence of the ambassador"), is in the town of the gathering told last
// before it. A sidelines phrase that names its own gathering and town ("on the sidelines of the SCO
// summit in Tianjin") has already placed it.
const SIDELINES = /\b(?:on|at) the (?:sidelines|margins|margin|sideline)\b/i;

export function inheritSidelinesPlaces(text: string, drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.type !== 'meeting' || d.summit || (d.location && !isVenue(d.location.name))) continue;
    const own = d.evidence.find((e) => d.at === undefined || (e.start <= d.at && d.at < e.end)) ?? d.evidence[0];
    if (!SIDELINES.test(text.slice(own.start, own.end))) continue;
    const host = drafts
      .filter((g) => g !== d && g.type === 'meeting' && (g.summit || g.participants.length >= 3) && g.location && !isVenue(g.location.name) && g.evidence[0].start <= own.start)
      .sort((a, b) => b.evidence[0].start - a.evidence[0].start)[0];
    if (host) d.location = host.location;
  }
}
