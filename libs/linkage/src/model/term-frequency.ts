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
  /** Postcodes and communes, for the level "same commune and same postcode" of the location. */
  private readonly postcodes: { counts: Uint32Array; total: number };
  private readonly cities: { counts: Uint32Array; total: number };

  constructor(private readonly data: PreparedData) {
    const n = data.strings.length;
    this.postcodes = countValues(n, [data.postcode]);
    this.cities = countValues(n, [data.city]);
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

  /**
   * The place records i and j share, for the level "same commune and same postcode": their postcode
   * (as 2 × its string id), or when one lacks it their commune (2 × id + 1, the commoner of two
   * spellings); -1 when neither is known on both.
   */
  sharedPlace(i: number, j: number): number {
    const { postcode, city } = this.data;
    if (postcode[i] >= 0 && postcode[i] === postcode[j]) return 2 * postcode[i];
    if (city[i] < 0 || city[j] < 0) return -1;
    return 2 * (this.cities.counts[city[i]] >= this.cities.counts[city[j]] ? city[i] : city[j]) + 1;
  }

  /** Share of the records (with that column filled) at a place of `sharedPlace`. */
  placeFrequency(place: number): number | undefined {
    const table = place % 2 === 0 ? this.postcodes : this.cities;
    return table.total === 0 ? undefined : table.counts[place >> 1] / table.total;
  }

  /** Bits added to an agreement of frequency `frequency` on a level of average probability `u` among non-matches. */
  static bits(u: number, frequency: number | undefined): number {
    if (frequency === undefined || frequency <= 0) return 0;
    return Math.min(MAX_RARE_BONUS, Math.max(-MAX_COMMON_PENALTY, Math.log2(u / frequency)));
  }

  /** Bits added to an exact agreement on `value`: positive for a rare value, negative for a common one. */
  adjustment(field: ModelFieldName, value: number, uExact: number): number {
    return TermFrequencies.bits(uExact, this.frequency(field, value));
  }
}
