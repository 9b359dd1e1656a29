import { parentPort } from 'node:worker_threads';
import { comparePairs } from '../engine/compare-pairs';
import { prepareRecords } from '../normalize/prepare';
import type { WorkerReply, WorkerTask } from './messages';

function handle(message: WorkerTask): { reply: WorkerReply; transfer: ArrayBuffer[] } {
  if (message.task === 'prepare')
    return { reply: { task: 'prepare', data: prepareRecords(message.records, message.kinds) }, transfer: [] };
  const patterns = comparePairs(message.data, message.fields, message.left, message.right);
  return { reply: { task: 'compare', patterns }, transfer: [patterns.buffer as ArrayBuffer] };
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
