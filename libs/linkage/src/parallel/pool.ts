import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ModelField } from '../compare/comparator';
import { comparePairs } from '../engine/compare-pairs';
import { prepareRecords, type PreparedData } from '../normalize/prepare';
import type { FieldKind, LinkageRecord } from '../types';
import { mergePrepared } from './merge-prepared';
import type { WorkerReply, WorkerTask } from './messages';

/** Below these sizes, starting threads costs more than it saves. */
const MIN_RECORDS_FOR_WORKERS = 20_000;
const MIN_PAIRS_PER_WORKER = 50_000;

export function resolveWorkerCount(requested: number | undefined, records: number): number {
  if (requested !== undefined) return Math.max(0, Math.floor(requested));
  return records >= MIN_RECORDS_FOR_WORKERS ? Math.min(availableParallelism(), 8) : 0;
}

/**
 * Starts a worker on worker-main: from TypeScript sources (CLI, benchmark, Jest) the SWC hook of
 * tools/register.cjs is loaded first; once compiled to JavaScript the file is required directly.
 */
function startWorker(): Worker {
  const extension = path.extname(__filename);
  const entry = path.join(__dirname, `worker-main${extension}`);
  const register = path.resolve(__dirname, '../../../../tools/register.cjs');
  const bootstrap = `${extension === '.ts' ? `require(${JSON.stringify(register)});` : ''}require(${JSON.stringify(entry)});`;
  return new Worker(bootstrap, { eval: true });
}

function run(worker: Worker, task: WorkerTask, transfer: ArrayBuffer[] = []): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    worker.once('error', onError);
    worker.once('message', (reply: WorkerReply) => {
      worker.off('error', onError);
      if (reply.task === 'error') reject(new Error(reply.message));
      else resolve(reply);
    });
    worker.postMessage(task, transfer);
  });
}

/** Worker threads kept for a whole run (starting one costs a few hundred milliseconds). */
export class WorkerPool {
  private workers?: Worker[];

  constructor(readonly size: number) {}

  get active(): boolean {
    return this.size >= 2;
  }

  async each<T>(tasks: WorkerTask[], pick: (reply: WorkerReply) => T): Promise<T[]> {
    this.workers ??= Array.from({ length: this.size }, startWorker);
    const pool = this.workers;
    const replies = await Promise.all(tasks.map((task, w) => run(pool[w % pool.length], task)));
    return replies.map(pick);
  }

  async close(): Promise<void> {
    const workers = this.workers ?? [];
    this.workers = undefined;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function chunkBounds(total: number, parts: number): [number, number][] {
  return Array.from({ length: parts }, (_, p) => [
    Math.floor((total * p) / parts),
    Math.floor((total * (p + 1)) / parts),
  ]);
}

export async function prepareInParallel(
  records: readonly LinkageRecord[],
  kinds: FieldKind[],
  pool: WorkerPool,
): Promise<PreparedData> {
  if (!pool.active || records.length < MIN_RECORDS_FOR_WORKERS) return prepareRecords(records, kinds);
  const chunks = await pool.each(
    chunkBounds(records.length, pool.size).map(
      ([from, to]) => ({ task: 'prepare', records: records.slice(from, to), kinds }) as WorkerTask,
    ),
    (reply) => (reply.task === 'prepare' ? reply.data : failed(reply)),
  );
  return mergePrepared(chunks);
}

export async function comparePairsInParallel(
  data: PreparedData,
  fields: ModelField[],
  left: Uint32Array,
  right: Uint32Array,
  pool: WorkerPool,
): Promise<Uint32Array> {
  if (!pool.active || left.length < MIN_PAIRS_PER_WORKER * 2) return comparePairs(data, fields, left, right);
  const parts = await pool.each(
    chunkBounds(left.length, pool.size).map(
      ([from, to]) =>
        ({
          task: 'compare',
          data,
          fields,
          left: left.slice(from, to),
          right: right.slice(from, to),
        }) as WorkerTask,
    ),
    (reply) => (reply.task === 'compare' ? reply.patterns : failed(reply)),
  );
  const patterns = new Uint32Array(left.length);
  let offset = 0;
  for (const part of parts) {
    patterns.set(part, offset);
    offset += part.length;
  }
  return patterns;
}

function failed(reply: WorkerReply): never {
  throw new Error(`unexpected worker reply: ${reply.task}`);
}
