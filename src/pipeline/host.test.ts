import { describe, expect, it } from 'vitest';
import { publisherLabels } from './host.ts';

describe('publisherLabels', () => {
  it('keeps the parts of a host that can name the publisher', () => {
    expect(publisherLabels('https://www.aa.com.tr/en/world/x')).toEqual(['aa']);
    expect(publisherLabels('petra.gov.jo')).toEqual(['petra']);
    expect(publisherLabels('https://en.yna.co.kr/view/AEN2025', 'https://www.urdupoint.com/x')).toEqual(['yna', 'urdupoint']);
    expect(publisherLabels('https://english.news.cn/20250916/x.html')).toEqual([]);
  });
  it('gives nothing for no address', () => {
    expect(publisherLabels(null, undefined, '')).toEqual([]);
  });
});
