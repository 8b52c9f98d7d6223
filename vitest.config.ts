import { defineConfig } from 'vitest/config';

// Dates must not depend on the machine's time zone: the date-handling tests and the goldens
// run again under two unusual ones (UTC+14 and UTC-8/-7), in the same run.
const tzSensitive = ['test/timezone.test.ts', 'src/stages/time/**/*.test.ts', 'src/stages/events/**/*.test.ts', 'test/golden.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Two cores: the CLI tests start worker threads of their own.
    maxWorkers: 2,
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] } },
      { extends: true, test: { name: 'tz-kiritimati', include: tzSensitive, env: { TZ: 'Pacific/Kiritimati' } } },
      { extends: true, test: { name: 'tz-los-angeles', include: tzSensitive, env: { TZ: 'America/Los_Angeles' } } },
    ],
  },
});
