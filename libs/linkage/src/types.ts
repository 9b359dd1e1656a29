import type { LinkageSession } from './engine/session';
import type { LinkageModel } from './model/model';

/** Kinds kept after normalisation as one interned value each (the others are names, a date, a sex). */
export const VALUE_KINDS = [
  'postcode',
  'city',
  'address',
  'streetNumber',
  'identifier',
  'phone',
  'email',
  'text',
  'household',
] as const;

export const FIELD_KINDS = [
  'firstName',
  'lastName',
  'birthName',
  'birthDate',
  'sex',
  ...VALUE_KINDS,
] as const;

export type FieldKind = (typeof FIELD_KINDS)[number];

export function isFieldKind(value: string): value is FieldKind {
  return (FIELD_KINDS as readonly string[]).includes(value);
}

/** One input row: an id and its raw values by field kind (unmapped columns are simply absent). */
export interface LinkageRecord {
  id: string;
  fields: Partial<Record<FieldKind, string>>;
}

export type ConstraintKind = 'must-link' | 'cannot-link';

/** A decision taken by a human reviewer on a pair of record ids. */
export interface PairConstraint {
  a: string;
  b: string;
  kind: ConstraintKind;
}

export interface LinkageOptions {
  /** Match weight (log2 Bayes factor) above which a pair is accepted; default: chosen from the model. */
  threshold?: number;
  /** Worker threads for normalisation and comparison; default: 0 for small inputs, else the core count. */
  workers?: number;
  /** Largest block compared exhaustively; larger blocks are compared with a sliding window. */
  maxBlockSize?: number;
  /** Window used inside capped blocks. */
  windowSize?: number;
  /** Number of random pairs used to estimate u probabilities. */
  randomPairs?: number;
  constraints?: PairConstraint[];
  /** Seed of the random pair sampler (determinism). */
  seed?: number;
  /** Keep compared pairs whose weight is at least threshold minus this margin, for explanation. */
  keepPairsAbove?: number;
}

export interface ScoredPair {
  a: string;
  b: string;
  weight: number;
}

export interface LinkageStats {
  records: number;
  comparisons: number;
  blockingRules: {
    name: string;
    blocks: number;
    cappedBlocks: number;
    largestBlock: number;
    pairs: number;
  }[];
  maxBlockSize: number;
  windowSize: number;
  emIterations: number;
  matchProportion: number;
  threshold: number;
  acceptedPairs: number;
  refusedMerges: number;
  clusters: number;
  timingsMs: Record<string, number>;
}

export interface LinkageResult {
  /** Record id → cluster id, in input order (incremental mode: new records only). */
  clusters: ReadonlyMap<string, string>;
  stats: LinkageStats;
  model: LinkageModel;
  /** Compared pairs kept for review (weight ≥ threshold − keepPairsAbove), best first; listed on first read. */
  readonly pairs: ScoredPair[];
  /** The finished run, for `explainPair`. */
  session: LinkageSession;
}
