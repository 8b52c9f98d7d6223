import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Gold, ScoredOutput } from '../src/eval/gold.ts';
import { sameName } from '../src/eval/names.ts';
import { emptyTotals, scoreArticle, summarize } from '../src/eval/score.ts';
import { ROOT } from './helpers.ts';

const REF = join(ROOT, 'test', 'reference', 'score.mjs');

function ours(goldDir: string, outDir: string) {
  const T = emptyTotals();
  const golds = readdirSync(goldDir).filter((f) => f.endsWith('.gold.json')).sort();
  for (const g of golds) {
    const id = g.replace('.gold.json', '');
    const gold = JSON.parse(readFileSync(join(goldDir, g), 'utf8')) as Gold;
    let out: ScoredOutput | null = null;
    try {
      out = JSON.parse(readFileSync(join(outDir, `${id}.json`), 'utf8'));
    } catch {}
    scoreArticle(gold, out, readFileSync(join(goldDir, `${id}.txt`), 'utf8'), T);
  }
  return summarize(T, golds.length);
}

describe('evaluation', () => {
  it.each(['dev', 'seeds', 'heldout', 'heldout2'])('gives the reference scorer’s numbers on the %s goldens', (folder) => {
    const goldDir = join(ROOT, 'fixtures', folder);
    const outDir = join(ROOT, 'test', 'golden', folder);
    const ref = spawnSync(process.execPath, [REF, goldDir, outDir, '--json'], { encoding: 'utf8' });
    expect(ref.status).toBe(0);
    const { summary } = JSON.parse(ref.stdout);
    expect(ours(goldDir, outDir)).toEqual(summary);
  });

  it('matches names as the guide says', () => {
    expect(sameName('Fidan', 'Hakan Fidan')).toBe(true);
    expect(sameName('Ismail Haniyeh', 'İsmai Haniyye')).toBe(true);
    expect(sameName('Mohamed bin Zayed Al Nahyan', 'Mansour bin Zayed Al Nahyan')).toBe(false);
    expect(sameName('UN Security Council', 'Hamas Shura Council')).toBe(false);
    expect(sameName('Erdoğan’s', 'Recep Tayyip Erdogan')).toBe(true);
  });
});
