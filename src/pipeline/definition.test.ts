import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../stages/index.ts';
import { resolvePipeline } from './definition.ts';
import { loadPipeline } from './loader.ts';

describe('pipeline definitions', () => {
  const registry = defaultRegistry();

  it('loads every shipped pipeline', () => {
    for (const name of ['news-events', 'clean-only', 'entities-only']) {
      const p = loadPipeline(name);
      expect(p.name).toBe(name);
      expect(p.stages.length).toBeGreaterThan(2);
    }
  });

  it('names unknown stages, unknown options and unmet needs together', () => {
    expect(() =>
      resolvePipeline({ name: 'bad', stages: ['ingest', 'events', 'nope'], options: { ingest: { colour: 1 } } }, registry, '0'),
    ).toThrow(/unknown stage "nope".*|requires "sentences"/s);
    try {
      resolvePipeline({ name: 'bad', stages: ['ingest', 'events', 'nope'], options: { ingest: { colour: 1 } } }, registry, '0');
    } catch (err) {
      const m = (err as Error).message;
      expect(m).toContain('unknown stage "nope"');
      expect(m).toContain('stage "events" requires "sentences", which no earlier stage assigns');
      expect(m).toContain('stage "ingest" has no option "colour"');
    }
  });

  it('gives a new version when options change', () => {
    const a = resolvePipeline({ name: 'x', stages: ['ingest'] }, registry, '1');
    const b = resolvePipeline({ name: 'x', stages: ['ingest'], options: { ingest: { maxBytes: 10 } } }, registry, '1');
    expect(a.version).not.toBe(b.version);
    expect(b.stages[0].options.maxBytes).toBe(10);
  });
});
