import { describe, expect, it } from 'vitest';

describe('time zone projects', () => {
  it('runs under the zone its project sets (checked where a zone is set)', () => {
    const tz = process.env.TZ;
    if (!tz) return;
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(tz);
  });
});
