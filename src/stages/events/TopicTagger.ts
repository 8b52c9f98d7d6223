// Topics from the documented taxonomy (topics.json), found in the event's evidence sentences.
import { readFileSync } from 'node:fs';

const TAXONOMY: Record<string, string[]> = JSON.parse(readFileSync(new URL('./topics.json', import.meta.url), 'utf8')).topics;
const COMPILED = Object.entries(TAXONOMY).map(([topic, words]) => ({
  topic,
  re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
}));

export function tagTopics(evidenceText: string): string[] {
  return COMPILED.filter((t) => t.re.test(evidenceText)).map((t) => t.topic);
}
