// What must not become an event: look-alikes of triggers and interactions the text denies.
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../pipeline/types.ts';
import { eventsStage } from './index.ts';
import { type EntitySpec, makeRecord } from './testRecord.ts';

const ERDOGAN: EntitySpec = { kind: 'person', name: 'Recep Tayyip Erdogan', forms: ['Erdogan'], country: 'TUR' };
const PUTIN: EntitySpec = { kind: 'person', name: 'Vladimir Putin', forms: ['Putin'], country: 'RUS' };
const NATO: EntitySpec = { kind: 'organization', name: 'NATO' };
const ANKARA: EntitySpec = { kind: 'location', name: 'Ankara', country: 'TUR' };

const none = (text: string, specs: EntitySpec[] = [ERDOGAN, PUTIN, NATO, ANKARA]) => {
  const out = eventsStage.run(makeRecord(text, specs), eventsStage.defaults) as ArticleRecord;
  return out.events;
};

describe('not events', () => {
  it.each([
    "Erdogan's plan was met with criticism from Putin.",
    'Erdogan said the deal must meet the demands of Putin.',
    'Erdogan called on Putin to end the war.',
    'Erdogan called for talks with Putin.',
    'Readers can visit the website of Erdogan to read the letter Putin sent.',
    'Erdogan welcomed the decision taken by Putin.',
    'Erdogan received support from Putin.',
    'Peace talks between the sides, Erdogan and Putin said, have stalled.',
    'Erdogan did not meet Putin in Ankara.',
    'Erdogan refused to meet Putin.',
    'Erdogan might meet Putin if the truce holds.',
    'The meeting between Erdogan and Putin was postponed.',
    'Erdogan has been in contact with Putin regularly.',
    'There are no plans for Erdogan to visit Ankara with Putin.',
    'Erdogan spoke at a press conference with Putin watching.',
    'Erdogan called Putin "a true friend".',
    'Erdogan called Putin a reliable partner.',
  ])('%s', (text) => {
    expect(none(text)).toEqual([]);
  });

  it('does not give a lone person a meeting', () => {
    expect(none('Erdogan met reporters in Ankara.')).toEqual([]);
  });

  it('does not turn a visit with no destination into an event', () => {
    expect(none('Erdogan said the visit was useful.')).toEqual([]);
  });
});

describe('object shape', () => {
  it('a meeting verb with a common-noun object and no name near is no event', async () => {
    const { meetsAThing } = await import('./ObjectShapeFilter.ts');
    const { MentionIndex } = await import('./MentionIndex.ts');
    const text = 'In some people that meet proteins from dust, the body reacts, said Donald Trump.';
    const at = text.indexOf('meet');
    const idx = new MentionIndex([], text.length);
    expect(meetsAThing(text, { start: at, end: at + 4, type: 'meeting', form: 'verb', text: 'meet' }, idx)).toBe(true);
    const t2 = 'Fidan met senior officials in Doha.';
    const a2 = t2.indexOf('met');
    expect(meetsAThing(t2, { start: a2, end: a2 + 3, type: 'meeting', form: 'verb', text: 'met' }, idx)).toBe(false);
  });
});
