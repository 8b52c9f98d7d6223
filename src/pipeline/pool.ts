import { Worker } from 'node:worker_threads';
import type { PipelineDefinition } from './definition.ts';
import type { ArticleResult } from './process.ts';
import type { ArticleInput } from './types.ts';

interface Pending {
  resolve: (r: ArticleResult) => void;
  reject: (e: Error) => void;
  input: ArticleInput;
}

/** A fixed set of worker threads, each running the whole pipeline on one article at a time. */
export class WorkerPool {
  private workers: Worker[] = [];
  private idle: Worker[] = [];
  private queue: { seq: number; input: ArticleInput; pending: Pending }[] = [];
  private running = new Map<Worker, { seq: number; pending: Pending }>();
  private seq = 0;

  constructor(size: number, definition: PipelineDefinition) {
    const entry = new URL('./worker-entry.mjs', import.meta.url);
    for (let i = 0; i < size; i++) {
      const w = new Worker(entry, { workerData: { definition } });
      w.on('message', (msg: { ready?: boolean; seq?: number; result?: ArticleResult }) => {
        if (msg.ready) {
          this.idle.push(w);
          this.pump();
          return;
        }
        const job = this.running.get(w);
        this.running.delete(w);
        if (job && msg.result) job.pending.resolve(msg.result);
        this.idle.push(w);
        this.pump();
      });
      w.on('error', (err) => {
        // A crash of the worker itself (out of memory, a bug outside the stages) fails its article.
        const job = this.running.get(w);
        this.running.delete(w);
        if (job) job.pending.resolve({ ok: false, id: job.pending.input.id, error: { stage: 'pipeline', code: 'pipeline/worker-crash', message: err.message } });
        this.workers = this.workers.filter((x) => x !== w);
        if (this.workers.length === 0) for (const q of this.queue.splice(0)) q.pending.reject(new Error(`all workers failed: ${err.message}`));
      });
      this.workers.push(w);
    }
  }

  run(input: ArticleInput): Promise<ArticleResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ seq: this.seq++, input, pending: { resolve, reject, input } });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.shift()!;
      const job = this.queue.shift()!;
      this.running.set(w, { seq: job.seq, pending: job.pending });
      w.postMessage({ seq: job.seq, input: job.input });
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }
}
