// "Fidan separately met Armenian Foreign Minister Mirzoyan … Foreign ministers from Azerbaijan,
// Armenia, Iran and Russia joined Fidan for the Istanbul meeting": a two-sided meeting with no
// place, of the same status and date, whose both sides (a state standing for its minister) sit at
// a placed meeting of three or more, happened on its margins, in its place.
import { type Draft, same } from './EventMerger.ts';

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
