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

/** Groups the records of one rule by key with a counting sort: returns block starts and members. */
function groupByKey(data: PreparedData, rule: BlockingRule): { starts: number[]; members: Uint32Array } {
  const keyIds = new Map<number, number>();
  const entryKey: number[] = [];
  const entryRecord: number[] = [];
  for (let i = 0; i < data.size; i++) {
    rule.keys(data, i, (key) => {
      let id = keyIds.get(key);
      if (id === undefined) {
        id = keyIds.size;
        keyIds.set(key, id);
      }
      if (
        entryRecord.length > 0 &&
        entryRecord[entryRecord.length - 1] === i &&
        entryKey[entryKey.length - 1] === id
      )
        return;
      entryKey.push(id);
      entryRecord.push(i);
    });
  }
  const counts = new Uint32Array(keyIds.size + 1);
  for (const id of entryKey) counts[id + 1]++;
  for (let k = 1; k < counts.length; k++) counts[k] += counts[k - 1];
  const starts = Array.from(counts);
  const cursor = counts.slice();
  const members = new Uint32Array(entryKey.length);
  for (let e = 0; e < entryKey.length; e++) members[cursor[entryKey[e]]++] = entryRecord[e];
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
        .map((i) => ({ i, key: sortKey(data, i) }))
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
