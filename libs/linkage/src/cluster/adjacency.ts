import type { ScoredEdges } from './cluster-pairs';

/** Neighbours of each record in compressed rows: `to[start[i]…start[i + 1])`, with a weight each if asked. */
export interface Adjacency {
  start: Int32Array;
  to: Int32Array;
  weight?: Float64Array;
}

/**
 * Adjacency of the pairs `(left[k], right[k])` for which `keep(k)` holds, both ways; each record's
 * neighbours in the order of the pairs (a counting sort on both ends).
 */
export function adjacency(
  size: number,
  edges: ScoredEdges,
  keep: (k: number) => boolean = () => true,
  withWeights = false,
): Adjacency {
  const start = new Int32Array(size + 1);
  for (let k = 0; k < edges.weight.length; k++) {
    if (!keep(k)) continue;
    start[edges.left[k] + 1]++;
    start[edges.right[k] + 1]++;
  }
  for (let i = 0; i < size; i++) start[i + 1] += start[i];
  const cursor = start.slice(0, size);
  const to = new Int32Array(start[size]);
  const weight = withWeights ? new Float64Array(start[size]) : undefined;
  for (let k = 0; k < edges.weight.length; k++) {
    if (!keep(k)) continue;
    const i = edges.left[k];
    const j = edges.right[k];
    const x = cursor[i]++;
    const y = cursor[j]++;
    to[x] = j;
    to[y] = i;
    if (weight) weight[x] = weight[y] = edges.weight[k];
  }
  return { start, to, weight };
}

export function hasEdge(graph: Adjacency, i: number, j: number): boolean {
  for (let x = graph.start[i]; x < graph.start[i + 1]; x++) if (graph.to[x] === j) return true;
  return false;
}
