import type { BlockingOptions } from '../blocking/candidates';
import type { ModelField } from '../compare/comparator';
import type { BlockedShare, ComparedShare, ScoredShare } from '../engine/pair-share';
import type { LinkageModel } from '../model/model';
import type { PreparedData } from '../normalize/prepare';
import type { LinkageRecord } from '../types';

/**
 * Tasks of a worker. `block` sends the data once and makes the worker hold its share of the pairs;
 * `compare` and `score` then work on that share, and `weigh` weighs pairs asked for afterwards.
 */
export type WorkerTask =
  | { task: 'prepare'; records: LinkageRecord[] }
  | {
      task: 'block';
      data: PreparedData;
      fields: ModelField[];
      part: number;
      parts: number;
      options: BlockingOptions;
    }
  | { task: 'compare' }
  | { task: 'score'; model: LinkageModel; floor: number }
  | { task: 'weigh'; left: Uint32Array; right: Uint32Array };

export type WorkerReply =
  | { task: 'prepare'; data: PreparedData }
  | { task: 'block'; share: BlockedShare }
  | { task: 'compare'; share: ComparedShare }
  | { task: 'score'; share: ScoredShare }
  | { task: 'weigh'; weight: Float64Array }
  | { task: 'error'; message: string };
