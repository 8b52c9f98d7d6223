// Classes of page furniture and of story text that looks like furniture, one describe each:
// every case is a dump of our own making, with the line the rule must keep or drop.
import { describe, expect, it } from 'vitest';
import { recordFromInput } from '../../pipeline/record.ts';
import type { ArticleRecord } from '../../pipeline/types.ts';
import { ingestStage } from '../ingest/index.ts';
import { cleanStage } from './index.ts';
import { isMetaLine } from './MetaLineFilter.ts';
import { featuresOf, type Line } from './Lines.ts';
import { isMarkedCaption } from './CaptionFilter.ts';
import { listSignature } from './ListFinder.ts';
import { extractHtml } from './html/extractHtml.ts';
import { isAboutHeader, isRelatedHeader } from './RelatedBlockFilter.ts';
import { cueOf } from './CueLineFilter.ts';
import { gluedTeaser } from './QualityClassifier.ts';

function clean(text: string, path = 'a.txt'): ArticleRecord {
  const bytes = new TextEncoder().encode(text);
  const input = { id: 'a', path, bytes, sidecar: null, format: path.includes('.htm') ? ('html' as const) : ('txt' as const), publishedFlag: null };
  const r = ingestStage.run(recordFromInput(input), ingestStage.defaults) as ArticleRecord;
  return cleanStage.run(r, cleanStage.defaults) as ArticleRecord;
}

const P = [
  'The city council voted on Tuesday to extend the night bus service to the northern suburbs, after a year of complaints from shift workers about the lack of late connections.',
  'The new routes will start in March and cost about two million dollars a year, which the council said it would take from the budget for road repairs in the city centre.',
  'Opposition members said the money should have come from higher parking fees instead, and they promised to raise the question again when the budget is debated in the spring.',
  'The transport authority said it would publish the timetables in February and that drivers for the new routes were already being hired from the regional training school.',
];

const meta = (plain: string) => isMetaLine({ plain, letterWords: featuresOf(plain).letterWords });

describe('embedded posts', () => {
  it('keeps the signature of an embedded post with the post', () => {
    const sig = '— Jane Roe (@janeroe_news) March 3, 2021';
    const r = clean([P[0], P[1], 'The buses will finally run when we need them. Thank you to everyone who signed the petition!', sig, P[2]].join('\n'));
    expect(r.text).toContain(sig);
    expect(meta(sig)).toBe(false);
  });

  it('still drops a publication line of the page', () => {
    expect(meta('Posted by Jane Roe on March 3, 2021')).toBe(true);
    expect(meta('— Jane Roe, March 3, 2021')).toBe(true);
  });
});

describe('prompts, disclosures, contact lines and gallery widgets', () => {
  it('recognises them', () => {
    for (const line of [
      'When you buy through links on our site, we may earn an affiliate commission.',
      'This article may contain affiliate links.',
      'Thanks for signing up!',
      'Keep an eye on your inbox for our weekly digest.',
      'I agree that Example Media can send me its newsletter.',
      'Every morning we send an email with the five stories you need.',
      'Want more stories like this?',
      'Get breaking news alerts delivered to your phone.',
      'Enjoyed this story? Share it with a friend!',
      'Image 3 of 12',
      'Caption',
      'jane.roe@example.com',
      'twitter.com/janeroe',
      'Order Reprints',
      'Share on FacebookShare on TwitterShare via Email',
      'The Associated Press contributed to this report.',
      'Reporting by Jane Roe; Editing by John Doe',
      'Write to Jane Roe at jane.roe@example.com',
      'See more: Council approves the night buses',
      "Follow AP's full coverage of the elections at https://apnews.com/elections",
      'More AP sports: https://apnews.com/sports',
      'Note: we are temporarily moderating all comments.',
      'Also on example.com Council approves the night buses',
      'On ExampleNews.com: Council approves the night buses',
    ]) expect(cueOf(line, featuresOf(line).words.length), line).not.toBeNull();
  });

  it('leaves story sentences that mention the same words alone', () => {
    for (const line of [
      'The company said it would earn a commission on every sale made through its partners in the region.',
      'She said she agreed to the deal after checking her inbox for the final offer.',
      'Reporters who contributed to the investigation were not named in the court filing.',
      'The image was one of 12 that the museum released on Tuesday.',
      'Under the deal, Qatar will receive a share of the profits from the new gas field.',
      'If you buy something online, check the seller first, the police said.',
      'Watch your inbox for fake invoices, the tax office warned on Monday.',
      'I agree that the council should have acted sooner, the mayor said.',
      'We will send an envoy to Doha next week, the minister said.',
      'Reporting by the agency showed that the talks had stalled in March.',
    ]) expect(cueOf(line, featuresOf(line).words.length), line).toBeNull();
  });
});

describe('the story ends at its credit line', () => {
  it('keeps the short lines between the last paragraph and "Reporting by"', () => {
    const r = clean(['Home', 'News', P[0], P[1], P[2], '(Chart: bus routes in 2021)', '(Chart: night journeys by month)', 'Reporting by Jane Roe; Editing by John Doe', 'Our newsroom', 'Contact'].join('\n'));
    expect(r.text).toContain('(Chart: night journeys by month)');
    expect(r.text).not.toContain('Reporting by');
  });

  it('without a credit line, short lines after the story are still dropped', () => {
    const r = clean(['Home', 'News', P[0], P[1], P[2], 'Bus fares', 'Night routes', 'Contact'].join('\n'));
    expect(r.text).not.toContain('Night routes');
  });
});

describe('photo captions', () => {
  const caption = (line: string) => isMarkedCaption({ ...featuresOf(line), plain: line } as Line);

  it('recognises caption shapes anywhere in the page', () => {
    for (const line of [
      'In this March 3, 2021, file photo, buses wait at the northern depot.',
      'This undated photo provided by the council shows the new night bus.',
      'This illustration shows a concept of the new depot.',
      "An artist's impression of the new depot at night.",
      'A stock image of a bus stop in the rain.',
      'Image caption The mayor at the opening of the depot',
      'Buses wait at the depot on Tuesday. Photograph by Jane Roe/AFP',
      'Buses wait at the depot on Tuesday. Credit: City Council',
      'Buses wait at the depot on Tuesday. Getty',
      'The mayor speaks at the depot on Tuesday.Jane Roe / AP file',
      'Mayor Jane Roe, left, and council leader John Doe open the depot on Tuesday.',
      'Jane Roe, mayor of the city, pictured at the depot in 2019.',
    ]) expect(caption(line), line).toBe(true);
  });

  it('leaves story sentences alone', () => {
    for (const line of [
      'In this city, the night buses have always been full of shift workers going home.',
      'This photo of the depot was shared thousands of times on social media, the council said.',
      'The mayor turned left, then right, and finally stopped at the depot.',
      'The council left the decision to the transport authority, which will vote in March.',
      'The agency said the figures had been checked by Reuters.',
    ]) expect(caption(line), line).toBe(false);
  });

  it('drops a caption inside the story and keeps the subheading the caption stands beside', () => {
    const r = clean(['Home', P[0], P[1], 'Night routes', 'Mayor Jane Roe, left, and council leader John Doe open the depot on Tuesday.', P[2], P[3]].join('\n'));
    expect(r.text).toContain('Night routes');
    expect(r.text).not.toContain('open the depot');
  });
});

describe('a list the story ends with', () => {
  it('gives items built alike one signature, and a menu none', () => {
    expect(listSignature('June 9 – Tampa, FL @ Harbour Amphitheatre')).toBe(listSignature('Aug. 14 – St. Louis, MO @ River Arena'));
    expect(listSignature('Wales (Group E): Second appearance')).toBe(listSignature('Czech Republic (Group A): 7th appearance'));
    expect(listSignature('World Cup')).toBe('');
    expect(listSignature('Night bus routes')).toBe('');
  });

  it('keeps the list and its heading, and drops the menu after it', () => {
    const items = ['March 1 – North Depot, Elm Street', 'March 8 – Harbour Station, Quay Road', 'March 15 – Airport Terminal, Gate Road', 'March 22 – University, Campus Drive'];
    const r = clean(['Home', 'News', P[0], P[1], P[2], 'Opening dates:', ...items, 'Sports', 'Weather', 'Contact'].join('\n'));
    for (const x of items) expect(r.text).toContain(x);
    expect(r.text).toContain('Opening dates:');
    expect(r.text).not.toContain('Weather');
  });

  it('does not take a menu after the story for a list', () => {
    const r = clean(['Home', P[0], P[1], P[2], 'Sports', 'World Cup', 'Weather', 'Traffic'].join('\n'));
    expect(r.text).not.toContain('World Cup');
  });
});

describe('paragraphs about the author or the publisher', () => {
  const bio = 'Jane Roe is a staff writer at Example News covering transport and city hall. She was previously an editor at the Daily Example.';

  it('end the story when they come after it', () => {
    const r = clean(['Home', P[0], P[1], P[2], P[3], bio, 'Example News is where the city reads its news, every day and every night of the year since 1901.'].join('\n'));
    expect(r.text).toContain(P[3]);
    expect(r.text).not.toContain('staff writer');
    expect(r.text).not.toContain('since 1901');
  });

  it('are story text when they tell what happened to the journalist', () => {
    const line = 'Jane Roe is a reporter for Example News who was detained at the border last week, and her editor called for her release.';
    const r = clean(['Home', P[0], P[1], P[2], P[3], line].join('\n'));
    expect(r.text).toContain(line);
  });

  it('are story text when the story goes on after them', () => {
    const line = 'Jane Roe is a reporter for Example News who was detained at the border last week while covering the protests, her editor said.';
    const r = clean(['Home', P[0], line, P[1], P[2], P[3]].join('\n'));
    expect(r.text).toContain(line);
  });
});

/** The text Readability extracted from a page, as ingest hands it on: the line rules only. */
function cleanExtracted(text: string, url: string | null = null): ArticleRecord {
  const bytes = new TextEncoder().encode(text);
  const input = { id: 'a', path: 'a.txt', bytes, sidecar: url ? JSON.stringify({ url }) : null, format: 'txt' as const, publishedFlag: null };
  const r = ingestStage.run(recordFromInput(input), ingestStage.defaults) as ArticleRecord;
  return cleanStage.run({ ...r, format: 'html', data: { ...r.data, html: { readability: true } } }, cleanStage.defaults) as ArticleRecord;
}

describe('furniture Readability keeps', () => {
  it('drops a section menu above the story, the page address and wire bylines', () => {
    const url = 'https://www.example.com/news/night-buses-1234.php';
    const r = cleanExtracted(['News', 'Sports', 'Real Estate', 'Obituaries', 'Jobs', url, 'Jane Roe and John Doe, Associated Press', 'Updated 9:41 am EST; Posted 8:19 pm', P[0], P[1]].join('\n\n'), url);
    expect(r.text).toBe([P[0], P[1]].join('\n\n'));
  });

  it("drops the section's name above the story, keeps the dateline and what follows the story's first line", () => {
    for (const dateline of ['LONDON', 'BAAR, SWITZERLAND']) {
      const r = cleanExtracted(['Transport', dateline, P[0], P[1]].join('\n\n'));
      expect(r.text).toBe([dateline, P[0], P[1]].join('\n\n'));
    }
    const list = cleanExtracted(['Transport', 'The council met on Tuesday.', 'Fares', P[0], P[1]].join('\n\n'));
    expect(list.text).toContain('Fares');
    expect(list.text).not.toContain('Transport');
  });

  it('drops a breadcrumb that ends with the headline', () => {
    const r = clean(['HomeLocal NewsCouncil extends night buses to the suburbs', 'Council extends night buses to the suburbs', P[0], P[1]].join('\n'));
    expect(r.meta.title).toBe('Council extends night buses to the suburbs');
    expect(r.text).not.toContain('HomeLocal');
    expect(r.text).toContain(P[0]);
  });

  it('reads timestamps and reading times in several languages as furniture', () => {
    for (const line of ['Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM', 'Tempo de leitura: 2 minutos', 'Lesezeit: 3 Minuten', 'By', 'Reuters', 'Contact Example'])
      expect(cueOf(line, featuresOf(line).words.length), line).not.toBeNull();
    for (const line of ['Reuters reported the talks had stalled.', 'Posted guards stood at the gate at 9:41 every morning for a week.'])
      expect(cueOf(line, featuresOf(line).words.length), line).toBeNull();
  });
});

describe('embedded posts in HTML', () => {
  const page = (embed: string) => `<!doctype html><html lang="en"><head><title>Night buses</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council extends night buses</h1>
<p>${P[0]}</p><p>${P[1]}</p>${embed}<p>${P[2]}</p><p>${P[3]}</p>
</article></body></html>`;
  const tweet = '<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">The buses will finally run when we need them. Thank you to everyone who signed! <a href="https://t.co/x1">https://t.co/x1</a></p>— Jane Roe (@janeroe) <a href="https://twitter.com/janeroe/status/1">March 3, 2021</a></blockquote></div>';

  it('keeps a quoted post that the page wraps like a share bar', () => {
    const ex = extractHtml(page(tweet), 'https://example.com/a');
    expect(ex.text).toContain('Thank you to everyone who signed!');
    expect(ex.text).toContain('(@janeroe)');
  });

  it('still lets Readability drop a share bar', () => {
    const bar = '<div class="social-share"><a href="https://facebook.com/share?u=1">Share on Facebook</a> <a href="https://twitter.com/intent?u=1">Share on Twitter</a></div>';
    expect(extractHtml(page(bar), 'https://example.com/a').text).not.toContain('Share on Facebook');
  });
});

describe('headers below the story', () => {
  it('drops the bio under an "about the author" header in any of several languages', () => {
    for (const header of ['About the author', 'Sobre Carlos Nadalim', 'Über Jana Richter']) {
      const bio = 'Jana Richter has written about transport and the city for twenty years, and she lives with her family and two cats in the north of the city.';
      const r = clean(['Home', P[0], P[1], P[2], header, bio, 'Facebook'].join('\n'));
      expect(r.text, header).toContain(P[2]);
      expect(r.text, header).not.toContain('twenty years');
    }
  });

  it('reads related-stories headers in several languages', () => {
    for (const h of ['Artigos relacionados', 'Lea también', 'Lire aussi', 'Verwandte Artikel', 'Leggi anche', 'Читайте также'])
      expect(isRelatedHeader({ plain: h, words: featuresOf(h).words }), h).toBe(true);
    expect(isRelatedHeader({ plain: 'Sobre a mesa', words: ['sobre', 'a', 'mesa'] })).toBe(true);
    expect(isAboutHeader({ plain: 'About this rating', words: ['about', 'this', 'rating'] })).toBe(false);
  });

  it("ends a block of links at a wire story's first sentence", () => {
    const lede = 'SPRINGFIELD, Ill. (AP) — Health officials reported a sixth death linked to mosquito virus infections.';
    const r = clean(['Home', 'Latest Headlines', 'Mayor opens the new depot', 'The mayor cut the ribbon on Monday.', 'Zoo welcomes a baby giraffe', lede, P[1], P[2]].join('\n'));
    expect(r.text).toContain(lede);
    expect(r.text).not.toContain('Mayor opens');
  });

  it('drops a list of dated teasers under a header, though each teaser is a sentence', () => {
    const teasers = [
      'Zoo welcomes a baby giraffe', 'Jane Roe', 'Wednesday November 20, 2019', 'The keepers said the calf was born on Sunday night and is doing well.',
      'Is the old bridge closing for good?', 'John Doe', 'Tuesday November 19, 2019', 'Repairs to the old bridge will take most of next year, the city said.',
      'Five places to eat near the river', 'Jane Roe', 'Tuesday November 19, 2019', 'We tried the new restaurants that opened along the river this autumn.',
    ];
    const r = clean(['Home', P[0], P[1], P[2], 'More from Example News', ...teasers].join('\n'));
    expect(r.text).toContain(P[2]);
    expect(r.text).not.toContain('baby giraffe');
    expect(r.text).not.toContain('calf was born');
  });
});

describe('copies', () => {
  it('keeps one copy of a long sentence a gallery prints once per slide', () => {
    const cap = 'The mayor and the council leader ride the first night bus through the city centre on Tuesday evening, after the vote at the town hall.';
    const r = clean(['Home', P[0], P[1], cap, cap, 'Photo: Jane Roe', cap, cap, P[2], P[3]].join('\n'));
    expect(r.text.split(cap).length - 1).toBeLessThanOrEqual(1);
    expect(r.text).toContain(P[3]);
  });

  it('leaves a short line printed three times alone (a list label)', () => {
    const label = 'Eat every two to three hours';
    const r = clean(['Home', P[0], 'Breakfast', label, P[1], 'Lunch', label, P[2], 'Dinner', label, P[3]].join('\n'));
    expect(r.text.split(label).length - 1).toBe(3);
  });
});

describe('a table inside the story', () => {
  it('keeps the table and the paragraph before it', () => {
    const rows = ['CB Jane Roe 74 100% 4 tackles (4 combined).', 'CB John Doe 73 99% 6 tackles (7 combined).', 'CB Ann Lee 63 85% 1 tackle (1 combined).', 'CB Bo Kim 12 16% 2 tackles (2 combined).'];
    const lede = 'Below, the snap counts on defense for the Lions in their game against the Bears.';
    const r = clean(['Home', 'Scores', 'Teams', 'Schedule', 'Photo by Jane Roe/Getty Images', lede, 'Cornerbacks', 'Pos Player Plays % Stats', ...rows, P[0], P[1], P[2]].join('\n'));
    expect(r.text).toContain(lede);
    for (const x of rows) expect(r.text).toContain(x);
    expect(r.text).not.toContain('Schedule');
  });
});

describe('comment sections in other languages', () => {
  it('end the story', () => {
    for (const h of ['Deixe um comentário', 'Deja un comentario', 'Laisser un commentaire', 'Kommentare']) {
      const r = clean(['Home', P[0], P[1], P[2], h, 'Adorei o artigo, muito obrigado por compartilhar estas ideias com todos nós aqui no blog!'].join('\n'));
      expect(r.text, h).toContain(P[2]);
      expect(r.text, h).not.toContain('Adorei');
    }
  });
});

describe('headlines glued to their teaser', () => {
  it('are told from brand names and units inside a sentence', () => {
    expect(gluedTeaser('Council Extends Night Buses To The SuburbsThe new routes start in March, the council said.')).toBe(true);
    expect(gluedTeaser('Zoo Welcomes Baby Giraffe After Long WaitA calf was born on Sunday night.')).toBe(true);
    expect(gluedTeaser('NASA said the five companies, Blue Origin, Ceres Robotics, Sierra Nevada and SpaceX and Tyvak, were selected.')).toBe(false);
    expect(gluedTeaser('A Bang & Olufsen Premium 3D Sound System will be available in the new model.')).toBe(false);
    expect(gluedTeaser('Meth Campaign Costs South Dakota $449K on Ads, Officials Say')).toBe(false);
  });
});

