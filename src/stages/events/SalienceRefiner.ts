// News puts its news first: the events of the lede (the first sentences) are the article's
// `main` events, and so are later ones of the same day or, undated, of the same people; the
// rest is background. Gatherings mentioned beside the news are background. Runs after merging,
// on top of SalienceClassifier's recall markers (a recalled event stays background).
import type { Draft } from './EventMerger.ts';

/** Sentences that count as the lede (headline, dateline sentence, first body sentence). */
const LEDE_SENTENCES = 3;

/** Undated events of the lede's people count as news only this close to the top. */
const NEAR_LEDE = 6;

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86400000;
}

export function refineSalience(drafts: Draft[]): void {
  // A summit the lede opens with, attended by people it names, is the news itself ("Leaders opened the G20
  // summit in Johannesburg on Saturday. A, B and C were among those attending"); an undated one is the setting
  // of the news, not the news ("on the sidelines of the ASEAN summit in Phnom Penh").
  const attended = (d: Draft) => d.participants.filter((p) => p.kind === 'person').length >= 2 && d.date?.value?.length === 10;
  let lede = drafts.filter((d) => d.sentences[0] < LEDE_SENTENCES && (!d.summit || attended(d)) && d.salience === 'main');
  if (!lede.length) {
    const first = drafts.find((d) => !d.summit && d.salience === 'main');
    lede = first ? [first] : [];
  }
  for (const d of drafts) {
    if (d.salience === 'background' || lede.includes(d)) continue;
    if (d.summit) {
      d.salience = 'background';
      continue;
    }
    const shares = (l: Draft) => l.participants.some((p) => d.participants.some((q) => q.id === p.id));
    const v = d.date?.value;
    // The same day, or a day or two around it for the same people ("arrived on Wednesday" before Thursday's talks).
    const sameDays = !!v && v.length === 10 && lede.some((l) => l.date?.value?.length === 10 && (l.date.value === v || (shares(l) && Math.abs(dayNumber(l.date.value) - dayNumber(v)) <= 2)));
    // Undated: the same people, told close to the lede.
    const samePeople = !v && d.sentences[0] < NEAR_LEDE && lede.some((l) => l.status === d.status && shares(l));
    d.salience = sameDays || samePeople ? 'main' : 'background';
  }
}
