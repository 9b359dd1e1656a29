import type { LinkageResult } from '../types';
import type { PairExplanation } from './explain';

/**
 * Explains, field by field, the weight of the pair (a, b) in a finished run. In incremental mode an
 * id present in both months designates the new record.
 */
export function explainPair(result: LinkageResult, a: string, b: string): PairExplanation {
  const { session } = result;
  const pick = (id: string) => session.indexesOf(id).at(-1) as number;
  return session.explainIndexes(pick(a), pick(b));
}
