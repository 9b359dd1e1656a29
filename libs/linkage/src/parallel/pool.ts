import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BlockingOptions } from '../blocking/candidates';
import type { ModelField } from '../compare/comparator';
import {
  PairShare,
  weighPairs,
  type BlockedShare,
  type ComparedShare,
  type ScoredShare,
} from '../engine/pair-share';
import type { LinkageModel } from '../model/model';
import { prepareRecords, type PreparedData } from '../normalize/prepare';
import type { LinkageRecord } from '../types';
import { mergePrepared } from './merge-prepared';
import type { WorkerReply, WorkerTask } from './messages';

/** Below these sizes, starting threads costs more than it saves. */
const MIN_RECORDS_FOR_WORKERS = 20_000;

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

  /** Starts the threads now (they load their code while the caller prepares the data). */
  start(): void {
    if (this.active) this.workers ??= Array.from({ length: this.size }, startWorker);
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

/**
 * Normalises the first chunk of records in this thread while the other chunks are normalised in
 * workers (one per worker but the last), then merges the chunks: their strings are interned again in
 * chunk order, which gives the ids (and their order) of a single pass. The calling thread has to
 * copy the records it sends; its own share keeps it busy meanwhile instead of waiting.
 */
export async function prepareInParallel(
  records: readonly LinkageRecord[],
  pool: WorkerPool,
): Promise<PreparedData> {
  if (!pool.active || records.length < MIN_RECORDS_FOR_WORKERS) return prepareRecords(records);
  const [own, ...others] = chunkBounds(records.length, pool.size);
  // Posted (copied) now, before this thread starts on its own chunk.
  const pending = pool.each(
    others.map(([from, to]): WorkerTask => ({ task: 'prepare', records: records.slice(from, to) })),
    (reply) => (reply.task === 'prepare' ? reply.data : failed(reply)),
  );
  const first = prepareRecords(records.slice(own[0], own[1]));
  return mergePrepared([first, ...(await pending)]);
}

/**
 * The candidate pairs split into one share per worker (or a single share in this thread), each
 * blocked, compared and scored where it lives. Results come back one per share, in share order.
 */
export interface PairShares {
  block(data: PreparedData, fields: ModelField[], options: BlockingOptions): Promise<BlockedShare[]>;
  compare(): Promise<ComparedShare[]>;
  score(model: LinkageModel, floor: number): Promise<ScoredShare[]>;
  /** Weights (from the records' fields) of further pairs, after `score`. */
  weigh(left: Uint32Array, right: Uint32Array): Promise<Float64Array>;
}

/** In this thread: one share holding every pair (small inputs, or no workers asked for). */
class LocalShares implements PairShares {
  private share?: PairShare;

  async block(data: PreparedData, fields: ModelField[], options: BlockingOptions): Promise<BlockedShare[]> {
    this.share = new PairShare(data, fields, 0, 1);
    return [this.share.block(options)];
  }

  async compare(): Promise<ComparedShare[]> {
    return [this.held().compare()];
  }

  async score(model: LinkageModel, floor: number): Promise<ScoredShare[]> {
    const scored = this.held().score(model, floor);
    this.held().release();
    return [scored];
  }

  async weigh(left: Uint32Array, right: Uint32Array): Promise<Float64Array> {
    const { scorer } = this.held();
    if (!scorer) throw new Error('no model');
    return weighPairs(scorer, left, right);
  }

  private held(): PairShare {
    if (!this.share) throw new Error('no pairs blocked');
    return this.share;
  }
}

/**
 * One share per worker: share p lives in worker p from blocking to scoring (`each` sends task p to
 * worker p). The prepared data is copied to each worker once, with the blocking task.
 */
class WorkerShares implements PairShares {
  constructor(private readonly pool: WorkerPool) {}

  block(data: PreparedData, fields: ModelField[], options: BlockingOptions): Promise<BlockedShare[]> {
    const parts = this.pool.size;
    // The household keys stay here: only this thread groups households.
    const shared = { ...data, householdKeys: [] };
    const tasks = Array.from({ length: parts }, (_, part): WorkerTask => ({
      task: 'block',
      data: shared,
      fields,
      part,
      parts,
      options,
    }));
    return this.pool.each(tasks, (reply) => (reply.task === 'block' ? reply.share : failed(reply)));
  }

  compare(): Promise<ComparedShare[]> {
    const tasks = Array.from({ length: this.pool.size }, (): WorkerTask => ({ task: 'compare' }));
    return this.pool.each(tasks, (reply) => (reply.task === 'compare' ? reply.share : failed(reply)));
  }

  score(model: LinkageModel, floor: number): Promise<ScoredShare[]> {
    const tasks = Array.from({ length: this.pool.size }, (): WorkerTask => ({ task: 'score', model, floor }));
    return this.pool.each(tasks, (reply) => (reply.task === 'score' ? reply.share : failed(reply)));
  }

  /** Each worker weighs one slice of the pairs (every worker holds the data and the model). */
  async weigh(left: Uint32Array, right: Uint32Array): Promise<Float64Array> {
    const bounds = chunkBounds(left.length, this.pool.size);
    const tasks = bounds.map(([from, to]): WorkerTask => ({
      task: 'weigh',
      left: left.slice(from, to),
      right: right.slice(from, to),
    }));
    const slices = await this.pool.each(tasks, (reply) =>
      reply.task === 'weigh' ? reply.weight : failed(reply),
    );
    const weight = new Float64Array(left.length);
    slices.forEach((slice, p) => weight.set(slice, bounds[p][0]));
    return weight;
  }
}

export function pairShares(pool: WorkerPool): PairShares {
  return pool.active ? new WorkerShares(pool) : new LocalShares();
}

function failed(reply: WorkerReply): never {
  throw new Error(`unexpected worker reply: ${reply.task}`);
}
