import type { PreparedData } from '../normalize/prepare';
import { PairBuffer } from './pair-buffer';
import { BLOCKING_RULES, type BlockingRule } from './rules';

export interface BlockingOptions {
  maxBlockSize: number;
  windowSize: number;
  /** When set, only pairs with at least one record flagged here are kept (incremental mode). */
  isNew?: Uint8Array;
  /** When set, only pairs whose first (lower) record is `index` modulo `count` are kept (one worker's share). */
  share?: { index: number; count: number };
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
  ruleMask: Uint16Array;
  rules: BlockingReport[];
}

/**
 * Buffers of `groupByKey`, allocated once for all the rules of a run. Typed arrays live outside the
 * JavaScript heap, and allocating a few hundred megabytes of them per run made V8 start a full
 * garbage collection every few rules (external memory pressure): over a second each with a million
 * records in the heap, more than the grouping itself.
 */
class GroupingScratch {
  keys: Float64Array;
  records: Uint32Array;
  ids: Uint32Array;
  members: Uint32Array;
  starts: Uint32Array;
  /** Open-addressing table from key to dense id: the key of each slot, and its id + 1 (0: empty). */
  slotKeys: Float64Array;
  slotIds: Int32Array;

  constructor(capacity: number) {
    this.keys = new Float64Array(capacity);
    this.records = new Uint32Array(capacity);
    this.ids = new Uint32Array(0);
    this.members = new Uint32Array(0);
    this.starts = new Uint32Array(0);
    this.slotKeys = new Float64Array(0);
    this.slotIds = new Int32Array(0);
  }

  /** Doubles the key and record buffers, keeping their first `count` entries. */
  grow(count: number): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys.subarray(0, count));
    this.keys = keys;
    const records = new Uint32Array(this.records.length * 2);
    records.set(this.records.subarray(0, count));
    this.records = records;
  }

  /** Makes the per-entry buffers hold at least `count` entries (they are only ever grown). */
  reserve(count: number): void {
    if (this.ids.length >= count) return;
    const capacity = Math.max(count, this.keys.length);
    this.ids = new Uint32Array(capacity);
    this.members = new Uint32Array(capacity);
    this.starts = new Uint32Array(capacity + 1);
    // At most half full, whatever the number of distinct keys.
    const slots = 2 ** Math.ceil(Math.log2(2 * capacity));
    this.slotKeys = new Float64Array(slots);
    this.slotIds = new Int32Array(slots);
  }
}

/**
 * Groups the records of one rule by key with a counting sort: returns block starts and members
 * (views of `scratch`, valid until the next rule). Keys get dense ids in order of first appearance
 * from a typed hash table (no Map of float keys, no sort of the keys): members come in record order;
 * the order of the blocks changes nothing, since the pairs are sorted afterwards and the reports
 * are counts.
 */
function groupByKey(
  data: PreparedData,
  rule: BlockingRule,
  scratch: GroupingScratch,
): { starts: Uint32Array; members: Uint32Array } {
  let { keys, records } = scratch;
  let count = 0;
  let i = 0;
  // One callback for the whole rule (not one closure per record).
  const add = (key: number) => {
    if (count > 0 && records[count - 1] === i && keys[count - 1] === key) return;
    if (count === keys.length) {
      scratch.grow(count);
      ({ keys, records } = scratch);
    }
    keys[count] = key;
    records[count++] = i;
  };
  for (i = 0; i < data.size; i++) rule.keys(data, i, add);
  scratch.reserve(count);
  const { ids, slotKeys, slotIds } = scratch;
  slotIds.fill(0);
  const mask = slotIds.length - 1;
  let distinct = 0;
  for (let e = 0; e < count; e++) {
    const key = keys[e];
    // Keys are integers below 2 ** 53: hash their low and high 32 bits.
    let slot = Math.imul((key | 0) ^ Math.imul((key / 4294967296) | 0, 0x9e3779b1), 0x85ebca6b) & mask;
    while (slotIds[slot] !== 0 && slotKeys[slot] !== key) slot = (slot + 1) & mask;
    if (slotIds[slot] === 0) {
      slotKeys[slot] = key;
      slotIds[slot] = ++distinct;
    }
    ids[e] = slotIds[slot] - 1;
  }
  // starts[b] counts, then begins, then (after placing the members) ends block b: shifted right by
  // one, it begins it again, with no separate cursor array.
  const starts = scratch.starts.subarray(0, distinct + 1);
  starts.fill(0);
  for (let e = 0; e < count; e++) starts[ids[e] + 1]++;
  for (let k = 1; k < starts.length; k++) starts[k] += starts[k - 1];
  const members = scratch.members.subarray(0, count);
  for (let e = 0; e < count; e++) members[starts[ids[e]]++] = records[e];
  starts.copyWithin(1, 0, distinct);
  starts[0] = 0;
  return { starts, members };
}

/**
 * Sort key of each record for the sorted neighbourhood of oversized blocks: family name, then given
 * name (core forms, in code-unit order; a missing name first), as one exact number. The distinct core
 * names are ranked by a single sort of their strings, so that ordering a block compares numbers.
 */
function neighbourhoodKeys(data: PreparedData): Float64Array {
  const { strings } = data;
  const last = data.last.core;
  const first = data.first.core;
  const used = new Uint8Array(strings.length);
  const ids: number[] = [];
  for (const column of [last, first]) {
    for (let i = 0; i < data.size; i++) {
      const id = column[i];
      if (id >= 0 && !used[id]) {
        used[id] = 1;
        ids.push(id);
      }
    }
  }
  ids.sort((a, b) => (strings[a] < strings[b] ? -1 : strings[a] > strings[b] ? 1 : 0));
  const rank = new Int32Array(strings.length);
  ids.forEach((id, r) => (rank[id] = r + 1));
  const radix = ids.length + 1;
  const keys = new Float64Array(data.size);
  for (let i = 0; i < data.size; i++) {
    keys[i] = (last[i] < 0 ? 0 : rank[last[i]]) * radix + (first[i] < 0 ? 0 : rank[first[i]]);
  }
  return keys;
}

export function candidatePairs(data: PreparedData, options: BlockingOptions): CandidatePairs {
  const buffer = new PairBuffer(data.size);
  const { isNew } = options;
  const shareIndex = options.share?.index ?? 0;
  const shareCount = options.share?.count ?? 1;
  let ruleIndex = 0;
  let proposed = 0;
  let accepts: ((i: number, j: number) => boolean) | undefined;
  const emit = (i: number, j: number) => {
    if (
      i !== j &&
      (shareCount === 1 || (i < j ? i : j) % shareCount === shareIndex) &&
      (!isNew || isNew[i] || isNew[j]) &&
      (!accepts || accepts(i, j))
    ) {
      buffer.push(i, j, ruleIndex);
      proposed++;
    }
  };
  const rules: BlockingReport[] = [];
  // Sort keys of the records of oversized blocks, built on the first one, once whatever the number of rules.
  let sortKeys: Float64Array | undefined;
  const scratch = new GroupingScratch(Math.max(16, 2 * data.size));
  for (; ruleIndex < BLOCKING_RULES.length; ruleIndex++) {
    const rule = BLOCKING_RULES[ruleIndex];
    const { starts, members } = groupByKey(data, rule, scratch);
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
      const keys = (sortKeys ??= neighbourhoodKeys(data));
      const ordered = Array.from(block).sort((p, q) => keys[p] - keys[q] || p - q);
      for (let x = 0; x < size; x++) {
        for (let y = x + 1; y <= x + options.windowSize && y < size; y++) emit(ordered[x], ordered[y]);
      }
    }
    report.pairs = proposed;
    rules.push(report);
  }
  const { left, right, rules: ruleMask } = buffer.distinctPairs();
  return { left, right, ruleMask, rules };
}
