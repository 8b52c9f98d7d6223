// Boilerplate classes found on the held-out articles (fixtures/heldout), on dumps written for these tests.
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

const PARAS = [
  'The prime ministers of Norway and Finland met in Oslo on Tuesday to discuss energy links and the security of undersea cables in the Baltic region, officials said.',
  'The two leaders agreed to set up a joint working group on critical infrastructure, which will report to both governments before the end of the year.',
  'Trade between the two countries has grown steadily over the past decade, driven by electricity exports and timber, according to official figures released last month.',
];

describe('clean: held-out boilerplate classes', () => {
  it('a wire credit line ("Reporting by A in X and B in Y; Editing by C") and a standards note are furniture', () => {
    expect(cueOf('Reporting by Anna Berg in Oslo and Mikko Laine in Helsinki; Editing by Peter Graff', 15)).not.toBeNull();
    expect(cueOf('Our Standards: The Thomson Reuters Trust Principles., opens new tab', 9)).not.toBeNull();
    // A sentence of the story that mentions reporting stays.
    expect(cueOf('Reporting by local media said the talks had lasted more than three hours and ended without a statement.', 19)).toBeNull();
  });
  it('a menu of capitalized words set apart by spaces is no headline', () => {
    const r = clean(['Nordic News Agency', 'Politics  Economy  Society  Regions  World  Sport', '', 'Nordic leaders meet in Oslo', '', '10 September 2025, 14:35', '', ...PARAS].join('\n'));
    expect(r.meta.title).toBe('Nordic leaders meet in Oslo');
  });
  it('a standfirst between the headline and the byline is kept; a caption with ", right," and a credit is not', () => {
    const dump = [
      'Nordic Leaders Agree on Cable Security',
      'Norway and Finland want to protect the infrastructure under the Baltic. The details are still open.',
      'By Anna Berg',
      'April 05, 2025',
      'Prime Minister Elin Dahl, right, and Prime Minister Juha Koski pose for photographs before their meeting in Oslo, April 1, 2025. Credit: Government of Norway',
      ...PARAS,
    ].join('\n\n');
    const r = clean(dump);
    expect(r.text).toContain('Norway and Finland want to protect the infrastructure under the Baltic.');
    expect(r.text).not.toContain('pose for photographs');
    expect(r.text).not.toContain('By Anna Berg');
  });
});
