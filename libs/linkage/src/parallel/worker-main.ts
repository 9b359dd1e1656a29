import { parentPort } from 'node:worker_threads';
import { PairShare, weighPairs } from '../engine/pair-share';
import { prepareRecords } from '../normalize/prepare';
import type { WorkerReply, WorkerTask } from './messages';

/** This worker's share of the candidate pairs, kept from blocking to scoring. */
let share: PairShare | undefined;

function held(): PairShare {
  if (!share) throw new Error('no pairs blocked in this worker');
  return share;
}

function handle(message: WorkerTask): { reply: WorkerReply; transfer: ArrayBuffer[] } {
  switch (message.task) {
    case 'prepare':
      return {
        reply: { task: 'prepare', data: prepareRecords(message.records) },
        transfer: [],
      };
    case 'block':
      share = new PairShare(message.data, message.fields, message.part, message.parts);
      return { reply: { task: 'block', share: share.block(message.options) }, transfer: [] };
    case 'compare': {
      const compared = held().compare();
      return {
        reply: { task: 'compare', share: compared },
        transfer: [compared.codes.buffer as ArrayBuffer, compared.counts.buffer as ArrayBuffer],
      };
    }
    case 'score': {
      const scored = held().score(message.model, message.floor);
      held().release();
      return {
        reply: { task: 'score', share: scored },
        transfer: [scored.left, scored.right, scored.weight].map((column) => column.buffer as ArrayBuffer),
      };
    }
    case 'weigh': {
      const { scorer } = held();
      if (!scorer) throw new Error('no model in this worker');
      const weight = weighPairs(scorer, message.left, message.right);
      return { reply: { task: 'weigh', weight }, transfer: [weight.buffer as ArrayBuffer] };
    }
  }
}

parentPort?.on('message', (message: WorkerTask) => {
  try {
    const { reply, transfer } = handle(message);
    parentPort?.postMessage(reply, transfer);
  } catch (error) {
    parentPort?.postMessage({
      task: 'error',
      message: error instanceof Error ? error.message : String(error),
    } satisfies WorkerReply);
  }
});
