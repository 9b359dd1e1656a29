import type { PreparedData } from '../normalize/prepare';
import { PairBuffer } from './pair-buffer';
import { BLOCKING_RULES, type BlockingRule } from './rules';

export interface BlockingOptions {
  maxBlockSize: number;
  windowSize: number;
  /** When set, only pairs with at least one record flagged here are kept (incremental mode). */
  isNew?: Uint8Array;
}

export interface BlockingReport {
  name: string;
  blocks: number;
  cappedBlocks: number;
  largestBlock: number;
  /** Pairs this rule proposed (before removing pairs other rules also found). */
  pairs: number;
}

export interface CandidatePairs {
  left: Uint32Array;
  right: Uint32Array;
  /** Bit r set when blocking rule r produced the pair. */
  ruleMask: Uint8Array;
  rules: BlockingReport[];
}

/**
 * Groups the records of one rule by key with a counting sort: returns block starts and members.
 * Keys and records go to typed arrays, and keys get dense ids from their sorted distinct values
 * (binary search) rather than from a Map of float keys: blocks come in key order, members in record
 * order, and the pairs are sorted afterwards anyway.
 */
function groupByKey(data: PreparedData, rule: BlockingRule): { starts: Uint32Array; members: Uint32Array } {
  let keys = new Float64Array(Math.max(16, data.size));
  let records = new Uint32Array(keys.length);
  let count = 0;
  let i = 0;
  // One callback for the whole rule (not one closure per record).
  const add = (key: number) => {
    if (count > 0 && records[count - 1] === i && keys[count - 1] === key) return;
    if (count === keys.length) {
      const grownKeys = new Float64Array(keys.length * 2);
      grownKeys.set(keys);
      keys = grownKeys;
      const grownRecords = new Uint32Array(records.length * 2);
      grownRecords.set(records);
      records = grownRecords;
    }
    keys[count] = key;
    records[count++] = i;
  };
  for (i = 0; i < data.size; i++) rule.keys(data, i, add);
  const sorted = keys.slice(0, count).sort();
  let distinct = 0;
  for (let k = 0; k < count; k++)
    if (k === 0 || sorted[k] !== sorted[distinct - 1]) sorted[distinct++] = sorted[k];
  const ids = new Uint32Array(count);
  for (let e = 0; e < count; e++) {
    const key = keys[e];
    let low = 0;
    let high = distinct - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle] < key) low = middle + 1;
      else high = middle;
    }
    ids[e] = low;
  }
  const starts = new Uint32Array(distinct + 1);
  for (let e = 0; e < count; e++) starts[ids[e] + 1]++;
  for (let k = 1; k < starts.length; k++) starts[k] += starts[k - 1];
  const cursor = starts.slice();
  const members = new Uint32Array(count);
  for (let e = 0; e < count; e++) members[cursor[ids[e]]++] = records[e];
  return { starts, members };
}

function sortKey(data: PreparedData, i: number): string {
  const last = data.last.core[i];
  const first = data.first.core[i];
  return `${last < 0 ? '' : data.strings[last]} ${first < 0 ? '' : data.strings[first]}`;
}

export function candidatePairs(data: PreparedData, options: BlockingOptions): CandidatePairs {
  const buffer = new PairBuffer(data.size);
  const { isNew } = options;
  let ruleIndex = 0;
  let proposed = 0;
  let accepts: ((i: number, j: number) => boolean) | undefined;
  const emit = (i: number, j: number) => {
    if (i !== j && (!isNew || isNew[i] || isNew[j]) && (!accepts || accepts(i, j))) {
      buffer.push(i, j, ruleIndex);
      proposed++;
    }
  };
  const rules: BlockingReport[] = [];
  // Sort keys of the records of oversized blocks, built once whatever the number of rules.
  const keySlot = new Int32Array(data.size).fill(-1);
  const sortKeys: string[] = [];
  const keyOf = (i: number) => {
    if (keySlot[i] < 0) {
      keySlot[i] = sortKeys.length;
      sortKeys.push(sortKey(data, i));
    }
    return sortKeys[keySlot[i]];
  };
  for (; ruleIndex < BLOCKING_RULES.length; ruleIndex++) {
    const rule = BLOCKING_RULES[ruleIndex];
    const { starts, members } = groupByKey(data, rule);
    const report: BlockingReport = { name: rule.name, blocks: 0, cappedBlocks: 0, largestBlock: 0, pairs: 0 };
    proposed = 0;
    const filter = rule.accepts;
    accepts = filter ? (i, j) => filter(data, i, j) : undefined;
    for (let b = 0; b + 1 < starts.length; b++) {
      const size = starts[b + 1] - starts[b];
      if (size < 2) continue;
      report.blocks++;
      report.largestBlock = Math.max(report.largestBlock, size);
      const block = members.subarray(starts[b], starts[b + 1]);
      if (size <= options.maxBlockSize) {
        for (let x = 0; x < size; x++) for (let y = x + 1; y < size; y++) emit(block[x], block[y]);
        continue;
      }
      // Bounded comparisons: a sorted neighbourhood inside the oversized block.
      report.cappedBlocks++;
      const ordered = Array.from(block)
        .map((i) => ({ i, key: keyOf(i) }))
        .sort((p, q) => (p.key < q.key ? -1 : p.key > q.key ? 1 : p.i - q.i));
      for (let x = 0; x < size; x++) {
        for (let y = x + 1; y <= x + options.windowSize && y < size; y++) emit(ordered[x].i, ordered[y].i);
      }
    }
    report.pairs = proposed;
    rules.push(report);
  }
  const { left, right, rules: ruleMask } = buffer.distinctPairs();
  return { left, right, ruleMask, rules };
}
