// Publication lines and timestamps in shapes a fresh site may bring: several authors beside a
// dotted date and an "Update :" label, live-blog clock times, "an hour ago", other languages'
// labels and month names, slash dates whose order the line or page tells, comment-moderation
// notes. Lines and dumps of our own, each with story sentences sharing the words that must stay.
import { describe, expect, it } from 'vitest';
import { recordFromInput } from '../../pipeline/record.ts';
import type { ArticleRecord } from '../../pipeline/types.ts';
import { ingestStage } from '../ingest/index.ts';
import { cleanStage } from './index.ts';
import { cueOf } from './CueLineFilter.ts';
import { findDates, slashOrderOf } from './DateParser.ts';
import { featuresOf } from './Lines.ts';
import { isMetaLine } from './MetaLineFilter.ts';

function clean(text: string): ArticleRecord {
  const input = { id: 'a', path: 'a.txt', bytes: new TextEncoder().encode(text), sidecar: null, format: 'txt' as const, publishedFlag: null };
  return cleanStage.run(ingestStage.run(recordFromInput(input), ingestStage.defaults) as ArticleRecord, cleanStage.defaults) as ArticleRecord;
}
const cue = (s: string) => cueOf(s, s.split(/\s+/).length);
const meta = (s: string) => isMetaLine({ plain: s, letterWords: featuresOf(s).letterWords });
const dates = (s: string) => findDates(s).map((d) => d.value);

const PARAS = [
  'The foreign ministers of Ghana and Togo met in Accra on Thursday to discuss border security and the movement of traders along the coastal highway, officials said.',
  'The two ministers agreed to set up a joint patrol on the border and to share intelligence on armed groups operating in the north before the end of the year.',
  'Trade between the two neighbours has grown steadily over the past decade, driven by cocoa, cement and fuel, according to figures from the central banks.',
];
const page = (...top: string[]) => ['Coastal News', 'World  Africa  Business  Sport', '', 'Ghana and Togo agree on border patrols', '', ...top, '', ...PARAS.flatMap((p) => [p, ''])].join('\n');

describe('clean: bylines and publication lines', () => {
  it('several authors beside a date, with or without an update label, are one meta line', () => {
    for (const s of [
      'Kwame Mensah and Ama Owusu  |14.08.2025 - Update : 14.08.2025',
      'Kwame Mensah, Ama Owusu and Kofi Annor | 12.03.2025 - Update : 13.03.2025',
      'Jane Roe and John Doe | March 12, 2025',
      'Jane Roe & John Doe, 12 March 2025, 14:05',
      'Publié le 12/03/2025 à 14h05',
      'Mis à jour le 12 mars 2025 à 14:05',
      'Publicado el 12 de marzo de 2025',
      '12/03/2025 14:05 IST',
    ]) {
      expect(meta(s), s).toBe(true);
    }
  });
  it('story sentences with names and a date stay', () => {
    for (const s of [
      'Kwame Mensah and Ama Owusu were elected on 14.08.2025 after a long count.',
      'On March 12, 2025, Jane Roe and John Doe signed the agreement in Accra.',
      'Ghana and Togo agreed on 12 March 2025 to reopen the border crossing at Aflao.',
      'The talks between Mensah and Owusu will resume on 14.08.2025, the ministry said.',
    ]) {
      expect(meta(s), s).toBe(false);
    }
  });
  it('the byline-and-date line goes and gives the publication date; the update date does not', () => {
    const r = clean(page('Kwame Mensah and Ama Owusu  |14.08.2025 - Update : 15.08.2025', '', 'ACCRA'));
    expect(r.text).not.toContain('Kwame Mensah');
    expect(r.text).toContain(PARAS[0]);
    expect(r.meta.publishedAt).toBe('2025-08-14');
    expect(r.meta.publishedAtSource).toBe('text');
  });
  it.each([
    ['Published on 12 March 2025 | 14:05', '2025-03-12'],
    ['12/03/2025 14:05 IST', '2025-03-12'],
    ['Last updated on 3 April 2025, 09:15 BST', '2025-04-03'],
    ['Posted: 2025-03-12T14:05:00+03:00', '2025-03-12'],
    ['Publié le 12/03/2025 à 14h05', '2025-03-12'],
    ['Опубликовано 12 марта 2025, 14:05', '2025-03-12'],
    ['03/12/2025 2:05 PM EST', '2025-03-12'],
  ])('a publication line "%s" gives %s', (line, value) => {
    const r = clean(page(line));
    expect(r.meta.publishedAt).toBe(value);
    expect(r.text).not.toContain(line);
    expect(r.text).toContain(PARAS[2]);
  });
  it('an ambiguous slash date takes the order of an unambiguous one on the page, else is not read', () => {
    const withHint = clean(page('Published: 05/03/2025', 'Modified: 13/03/2025'));
    expect(withHint.meta.publishedAt).toBe('2025-03-05');
    const without = clean(page('Published: 05/03/2025'));
    expect(without.meta.publishedAt ?? null).toBeNull();
  });
});

describe('clean: dates in other shapes', () => {
  it('reads other languages\' month names and ISO dates glued to a time', () => {
    expect(dates('Publicado el 12 de marzo de 2025')).toEqual(['2025-03-12']);
    expect(dates('Veröffentlicht am 3. März 2025')).toEqual(['2025-03-03']);
    expect(dates('12 марта 2025 г.')).toEqual(['2025-03-12']);
    expect(dates('Pubblicato il 5 giugno 2024')).toEqual(['2024-06-05']);
    expect(dates('2025-03-12T14:05:00Z')).toEqual(['2025-03-12']);
    expect(dates('Tue 15-04-2025 18:47 PM')).toEqual(['2025-04-15']);
    expect(dates('2025.03.12 14:05 KST')).toEqual(['2025-03-12']);
    expect(dates('2025/3/12')).toEqual(['2025-03-12']);
    expect(dates('发布时间：2025年3月12日 14:05')).toEqual(['2025-03-12']);
    expect(dates('입력 2025년 3월 12일 14:05')).toEqual(['2025-03-12']);
    expect(dates('05-03-2025 14:05')).toEqual(['2025-03-05']);
    // A season, a score line or a version number is no date.
    expect(dates('the 2024-25 season')).toEqual([]);
    expect(dates('version 2025.3.12.4')).toEqual([]);
    expect(dates('05-03-2025')).toEqual([]);
    // No date where a word only looks like a month.
    expect(dates('Walmart 12 2025')).toEqual([]);
    expect(dates('the 12 mars bars of 2025')).toEqual([]);
  });
  it('tells the order of a slash date from the zone or the clock, zone first', () => {
    expect(slashOrderOf('12/03/2025 14:05')).toBe('dmy');
    expect(slashOrderOf('12/03/2025 02:05 PM IST')).toBe('dmy');
    expect(slashOrderOf('03/12/2025 2:05 p.m. ET')).toBe('mdy');
    expect(slashOrderOf('03/12/2025 10:05 EST')).toBe('mdy');
    // A 12-hour clock is printed by day-first sites too: no order from it alone.
    expect(slashOrderOf('05/06/2024 08:42 PM')).toBeNull();
    expect(clean(page('Published: 05/06/2024 07:15 PM')).meta.publishedAt ?? null).toBeNull();
    // German "ist", French "et" are words, not zones.
    expect(slashOrderOf('Das ist 03/12/2025')).toBeNull();
    expect(slashOrderOf('Publié et 03/12/2025')).toBe('dmy');
    expect(dates('03/04/2025')).toEqual([]);
  });
});

describe('clean: timestamps and comment notes', () => {
  it('clock times and "ago" badges standing alone are furniture', () => {
    for (const s of ['10:42 GMT', '14:05 IST', '9.15am BST', '10:42 (GMT+3)', 'Posted 2 hours ago', 'Posted an hour ago', 'Updated: about 3 hours ago', 'an hour ago', 'Yesterday, 10:42', 'Today at 9:15 am']) {
      expect(cue(s), s).not.toBeNull();
    }
  });
  it('a sentence that starts with a time or "years ago" stays', () => {
    // A bare clock time is a live story's subheading ("4:14 p.m." in AP's The Latest): it stays.
    for (const s of ['4:14 p.m.', '10:42', '10 years ago, Russia annexed Crimea.', 'A year ago the two leaders met in Accra.', '10:42 GMT: Ghana says the border is open again.', 'An hour ago, the minister left for Lome.']) {
      expect(cue(s), s).toBeNull();
    }
  });
  it('comment-moderation notes and login-to-comment prompts are furniture', () => {
    for (const s of [
      'Please note: comments are moderated and must comply with our terms. Login or register to comment.',
      'All comments are moderated before they appear.',
      'Sign in or register to comment.',
      'Log in to post a comment',
      'Comments must comply with our community guidelines.',
    ]) {
      expect(cue(s), s).not.toBeNull();
    }
  });
  it('story sentences about comments and registering stay', () => {
    for (const s of [
      'The ministry said comments on the draft law would be reviewed by a panel of judges.',
      'Voters must register to vote before the end of the month, the commission said.',
      'Opposition leaders asked citizens to sign in to the portal to comment on the draft constitution, which is open until May.',
      'The platform said comments that break the law are removed within a day.',
    ]) {
      expect(cue(s), s).toBeNull();
    }
  });
  it('a live-blog timestamp line above an entry goes, the entry stays', () => {
    const r = clean(page('10:42 GMT', PARAS[0], '', '10:55 GMT'));
    expect(r.text).not.toMatch(/^10:42 GMT$/m);
    expect(r.text).toContain(PARAS[0]);
  });
});

describe('clean: more furniture shapes', () => {
  it('bylines with a role, ago badges after a byline, recommendation widgets, source prompts are furniture', () => {
    for (const s of [
      'Posted by Jane Roe | 3 hours ago',
      'Jane Roe · an hour ago',
      'Listen to this article · 4 min',
      'Add us as a preferred source on Google',
      'Add Example News as a trusted source',
      'Recommended by Outbrain',
      'Jane Roe, Correspondent',
      'Kofi Annor, Diplomatic Correspondent',
      'Our correspondent',
      'From our correspondent in Nairobi',
    ]) {
      expect(cue(s), s).not.toBeNull();
    }
  });
  it('story lines sharing the words stay', () => {
    for (const s of [
      'The ceasefire collapsed three days ago, residents said.',
      'Jane Roe, a correspondent for the BBC, was detained in Accra on Tuesday.',
      'Our correspondent in Nairobi says the talks have stalled over the border question.',
      'Listen to this article from the minister, who spoke for four minutes about the border.',
      'The minister added that the two sides were recommended by mediators to resume talks.',
    ]) {
      expect(cue(s), s).toBeNull();
    }
  });
});
