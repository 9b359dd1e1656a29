import type { ModelFieldName } from '../compare/comparator';
import type { PreparedData } from '../normalize/prepare';

/** Bounds of the frequency adjustment, in bits: one very rare or very common value must not decide alone. */
export const MAX_RARE_BONUS = 5;
export const MAX_COMMON_PENALTY = 5;

function countValues(sizeOfTable: number, columns: Int32Array[]): { counts: Uint32Array; total: number } {
  const counts = new Uint32Array(sizeOfTable);
  let total = 0;
  for (const column of columns) {
    for (let i = 0; i < column.length; i++) {
      if (column[i] >= 0) {
        counts[column[i]]++;
        total++;
      }
    }
  }
  return { counts, total };
}

/** Relative frequency of each value of the fields whose exact agreement is frequency-adjusted. */
export class TermFrequencies {
  private readonly tables = new Map<ModelFieldName, { counts: Uint32Array; total: number }>();

  constructor(data: PreparedData) {
    const n = data.strings.length;
    this.tables.set('firstName', countValues(n, [data.first.compact]));
    this.tables.set('lastName', countValues(n, [data.last.compact, data.altLast.compact]));
    this.tables.set('location', countValues(n, [data.address]));
    this.tables.set('phone', countValues(n, [data.phone]));
    this.tables.set('email', countValues(n, [data.email]));
  }

  frequency(field: ModelFieldName, value: number): number | undefined {
    const table = this.tables.get(field);
    if (!table || value < 0 || table.total === 0) return undefined;
    const own = Math.max(table.counts[value], 1) / table.total;
    if (field !== 'firstName' && field !== 'lastName') return own;
    // Names agree across columns when first and last names are swapped: a surname is not a rare
    // first name. The larger of the two frequencies never overstates rarity.
    const other = this.tables.get(field === 'firstName' ? 'lastName' : 'firstName');
    return other && other.total > 0 ? Math.max(own, other.counts[value] / other.total) : own;
  }

  /** Bits added to an exact agreement on `value`: positive for a rare value, negative for a common one. */
  adjustment(field: ModelFieldName, value: number, uExact: number): number {
    const frequency = this.frequency(field, value);
    if (frequency === undefined) return 0;
    const bits = Math.log2(uExact / frequency);
    return Math.min(MAX_RARE_BONUS, Math.max(-MAX_COMMON_PENALTY, bits));
  }
}
