// PLOVER mode and CAMEO code (spec/OUTPUT.md): 041 phone, 042 a visit made, 043 hosting a
// visitor, 044 meeting at a third place, 040 otherwise.
import type { Entity, EventRecord } from '../../pipeline/types.ts';
import { countryByName, countryOfPlace } from './CountryLexicon.ts';

type Codes = Pick<EventRecord, 'plover' | 'cameo'>;

function homeOf(e: Entity): string | undefined {
  if (e.kind === 'location') return countryByName(e.name)?.cca3 ?? e.country;
  return e.country;
}

export function consultCodes(type: EventRecord['type'], participants: Entity[], placeName: string | null, placeCountry: string | undefined, hosted: boolean): Codes {
  if (type === 'phone_call') return { plover: { event: 'CONSULT', mode: 'phone' }, cameo: '041' };
  if (type === 'visit') return { plover: { event: 'CONSULT', mode: 'visit' }, cameo: '042' };
  if (participants.length >= 3) return { plover: { event: 'CONSULT', mode: 'multilateral' }, cameo: '040' };
  if (hosted) return { plover: { event: 'CONSULT', mode: 'visit' }, cameo: '043' };
  const where = placeCountry ?? (placeName ? countryOfPlace(placeName) : undefined);
  const homes = participants.map(homeOf).filter((h): h is string => !!h);
  if (where && homes.length === participants.length) {
    if (!homes.includes(where)) return { plover: { event: 'CONSULT', mode: 'third-party' }, cameo: '044' };
    if (homes.some((h) => h !== where)) return { plover: { event: 'CONSULT', mode: 'visit' }, cameo: '043' };
  }
  return { plover: { event: 'CONSULT', mode: 'visit' }, cameo: '040' };
}
