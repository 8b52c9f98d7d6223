import { parentPort, workerData } from 'node:worker_threads';
import type { PipelineDefinition } from './definition.ts';
import { buildPipeline } from './loader.ts';
import { processInput } from './process.ts';
import type { ArticleInput } from './types.ts';

const pipeline = buildPipeline(workerData.definition as PipelineDefinition);

parentPort!.on('message', async (msg: { seq: number; input: ArticleInput }) => {
  const result = await processInput(msg.input, pipeline);
  parentPort!.postMessage({ seq: msg.seq, result });
});
parentPort!.postMessage({ ready: true });
