// Footer and prompt classes seen on fresh agency articles (publisher notes, app prompts, agency
// photo credits, timestamps with a zone offset, tag lines), each with story sentences that share
// their words and must stay. Dumps and lines of our own making.
import { describe, expect, it } from 'vitest';
import { recordFromInput } from '../../pipeline/record.ts';
import type { ArticleRecord } from '../../pipeline/types.ts';
import { ingestStage } from '../ingest/index.ts';
import { cleanStage } from './index.ts';
import { cueOf } from './CueLineFilter.ts';

function clean(text: string): ArticleRecord {
  const input = { id: 'a', path: 'a.txt', bytes: new TextEncoder().encode(text), sidecar: null, format: 'txt' as const, publishedFlag: null };
  return cleanStage.run(ingestStage.run(recordFromInput(input), ingestStage.defaults) as ArticleRecord, cleanStage.defaults) as ArticleRecord;
}
const cue = (s: string) => cueOf(s, s.split(/\s+/).length);

const PARAS = [
  'The foreign ministers of Chile and Peru met in Lima on Monday to discuss border crossings and the fight against organised crime in the Atacama region, officials said.',
  'The two ministers agreed to open a second customs post on the Pan-American Highway and to share police records on smuggling networks before the end of the year.',
  'Trade between the two neighbours reached a record last year, driven by copper, fruit and fishmeal exports, according to figures from the central banks.',
];

describe('clean: publisher notes', () => {
  it('a wire or site saying what it is and who funds it is furniture', () => {
    for (const s of [
      'The Associated Press receives support from several private foundations to enhance its explanatory coverage of elections and democracy.',
      "The Associated Press' education coverage receives financial support from the Carnegie Corporation of New York.",
      'The Associated Press receives financial support for global health coverage in Asia from a private foundation.',
      'Example News Agency receives support for its coverage of elections from several foundations.',
      'AP is solely responsible for all content.',
      'Nordic News Agency website contains only a portion of the news stories offered to subscribers, and in summarized form.',
      'Please contact us for subscription options.',
      'This article was originally published by The Conversation.',
      'This story was produced with support from the Pulitzer Center.',
      'This piece first appeared on Example Review.',
      'Views expressed in this article are the author\u2019s own.',
      "The views expressed in this column are the writer's own and do not necessarily reflect the editorial stance of Example Daily.",
      '(c) Reuters 2025',
    ]) {
      expect(cue(s), s).not.toBeNull();
    }
  });
  it('story sentences about support, content and publishing stay', () => {
    for (const s of [
      'The hospital receives support from the Gates Foundation and several private donors, the minister said.',
      'The hospital receives support from the Gates Foundation to widen its coverage of rural villages.',
      'The programme receives financial support from the European Union to improve its coverage of rural clinics.',
      'The ministry receives support for its reporting on refugees from the European Commission.',
      'The agency is solely responsible for the security of the border crossing.',
      'The service contains only a portion of the data the ministry holds.',
      'This report was published by the United Nations on Monday and found that hunger had risen.',
      'The views expressed by the minister do not reflect government policy.',
      '(c) the withdrawal of all foreign troops within 90 days.',
    ]) {
      expect(cue(s), s).toBeNull();
    }
  });
});

describe('clean: prompts in new wordings', () => {
  it('app, social and sign-in prompts are furniture', () => {
    for (const s of [
      'Download the Example News app for the latest news.',
      'Get our free mobile app',
      'Install the app',
      'Like us on Facebook',
      'Find us on Instagram',
      'Sign up here.',
      'Please log in to continue reading.',
      'Subscribe to keep reading',
      'Already registered? Log in',
      'Enter your email address',
      'Your email',
      'Get the best of our journalism every morning.',
      'Keep up to date with what is happening in the region and the world.',
      'Save articles to read later and create your own reading list.',
      'Example Daily Newsletter',
      'Newsletters',
    ]) {
      expect(cue(s), s).not.toBeNull();
    }
  });
  it('story sentences that start or read like a prompt stay', () => {
    for (const s of [
      'Users can download the app from the government website to register for the vote.',
      'Download speeds in the region have doubled since the cable was laid.',
      'Sign up for military service became mandatory in 2024, the defence ministry said.',
      'Already registered voters will not need to apply again.',
      'Like us, they want peace, the foreign minister said of his counterparts.',
      'Get the facts right first, the prime minister told reporters.',
      'Subscribers to the state broadcaster will get the new channel for free, according to the regulator.',
      'Officials said they would keep the public up to date with the talks.',
      'The newsletter of the opposition party was banned in March.',
    ]) {
      expect(cue(s), s).toBeNull();
    }
  });
});

describe('clean: credits, timestamps, tags', () => {
  it('agency photo credits, zone offsets and tag lines are furniture', () => {
    for (const s of [
      'REUTERS/Jane Roe',
      'Xinhua/Li Ming',
      'AFP/John Doe/File Photo',
      'AA Photo',
      'Anadolu Images',
      'Published 12:04 GMT+3',
      'Updated 09:15 UTC+05:30',
      'Keywords #trade #Chile #Peru',
      'Related topics: Diplomacy, Trade',
      'Suggested tags: Chile, Peru',
    ]) {
      expect(cue(s), s).not.toBeNull();
    }
  });
  it('story sentences naming agencies, times and tags stay', () => {
    for (const s of [
      'Reuters reported the meeting on Tuesday, citing two sources.',
      'Published reports said the minister would resign.',
      'Tags on the shipping containers showed they came from Odesa.',
      'Topics at the summit included trade, energy and migration.',
    ]) {
      expect(cue(s), s).toBeNull();
    }
  });
});

describe('clean: a caption with its credit glued to the end', () => {
  it('"... on May 22, 2025. Photo: Agency" is a caption wherever it stands; a story sentence mentioning a photo is not', () => {
    const caption = 'Foreign Minister Ana Roe with her Peruvian counterpart Juan Doe during a meeting in Lima on March 3, 2025. Photo: Example Agency';
    const inStory = 'The ministry published a photo of the two ministers shaking hands, which was widely shared on social media.';
    const r = clean(['Chile and Peru agree on border posts', PARAS[0], caption, PARAS[1], inStory, PARAS[2]].join('\n\n'));
    expect(r.text).not.toContain('during a meeting in Lima');
    expect(r.text).toContain(inStory);
  });
});

describe('clean: the story goes on past furniture', () => {
  it('the last paragraph after an "Also read" box, with the footer right under it, is kept', () => {
    const last = 'The ministers will meet again in Santiago in March, when they hope to sign an agreement on shared border patrols.';
    const dump = ['Chile and Peru agree on border posts', PARAS[0], PARAS[1], PARAS[2], 'Also read', 'Bolivia and Chile resume gas talks', last, 'Download the Example News app for the latest news.', 'Tags: Chile, Peru'].join('\n\n');
    const r = clean(dump);
    expect(r.text).toContain(last);
    expect(r.text).not.toContain('Download the');
    expect(r.text).not.toContain('Bolivia and Chile resume');
  });
  it('the last paragraph after a picture and its credit is kept, the publisher note under it is not', () => {
    const last = 'The meeting was the first between the two ministers since Peru changed its government in October.';
    const dump = [
      'Chile and Peru agree on border posts',
      PARAS[0],
      PARAS[1],
      PARAS[2],
      'Photo: Example Agency',
      'Foreign Minister Ana Roe (R) meets Foreign Minister Juan Doe (L) in Lima, Peru on March 3, 2025. ( Foreign Ministry - Example Agency )',
      last,
      'Example Agency website contains only a portion of the news stories offered to subscribers in its news system, and in summarized form.',
    ].join('\n\n');
    const r = clean(dump);
    expect(r.text).toContain(last);
    expect(r.text).not.toContain('website contains');
    expect(r.text).not.toContain('(R) meets');
  });
  it('a sentence after a bio header or a tags header, with a share bar or a comment prompt under it, is not the story resuming', () => {
    const dump = [
      'Chile and Peru agree on border posts',
      PARAS[0],
      PARAS[1],
      PARAS[2],
      'Tags:',
      'Chile',
      'Peru',
      'As you comment, please be respectful of other commenters and other viewpoints, and keep to the subject of the article.',
      'View Comments',
    ].join('\n\n');
    expect(clean(dump).text).not.toContain('As you comment');
  });
});
