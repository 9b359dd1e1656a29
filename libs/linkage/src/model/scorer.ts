import type { Comparator, ModelFieldName } from '../compare/comparator';
import type { LinkageModel } from './model';
import { TermFrequencies } from './term-frequency';

export interface FieldContribution {
  field: ModelFieldName;
  label: string;
  level: number;
  levelLabel: string;
  /** Bits from the level itself. */
  levelWeight: number;
  /** Bits from the frequency of the shared value (exact agreements only). */
  frequencyAdjustment: number;
  /** Relative frequency of the shared value, when adjusted. */
  frequency?: number;
}

const EXACT = 1;

/** Fellegi–Sunter match weight of a pair: the sum over fields of log2(m/u), frequency-adjusted. */
export class Scorer {
  private readonly levelWeights: number[][];
  private readonly patternCache = new Map<number, number>();
  private readonly scratch: Uint8Array;
  private readonly adjusted: number[];
  private readonly adjustments: (Float64Array | undefined)[] = [];

  constructor(
    readonly comparator: Comparator,
    readonly model: LinkageModel,
    readonly frequencies: TermFrequencies,
  ) {
    this.levelWeights = model.fields.map((f) => f.weights);
    this.scratch = new Uint8Array(model.fields.length);
    this.adjusted = model.fields.flatMap((f, index) => (f.termFrequency ? [index] : []));
  }

  weight(i: number, j: number): number {
    return this.weightOfPattern(this.comparator.pattern(i, j, this.scratch), i, j);
  }

  weightOfPattern(code: number, i: number, j: number): number {
    let weight = this.patternCache.get(code);
    if (weight === undefined) {
      this.comparator.decode(code, this.scratch);
      weight = 0;
      for (let f = 0; f < this.scratch.length; f++) weight += this.levelWeights[f][this.scratch[f]];
      this.patternCache.set(code, weight);
    }
    const { radix } = this.comparator;
    for (const f of this.adjusted) {
      const level = Math.floor(code / radix[f]) % this.model.fields[f].levels.length;
      if (level === EXACT) weight += this.adjustmentFor(f, i, j);
    }
    return weight;
  }

  contributions(i: number, j: number): FieldContribution[] {
    const levels = new Uint8Array(this.model.fields.length);
    this.comparator.levels(i, j, levels);
    return this.model.fields.map((field, f) => {
      const level = levels[f];
      const adjust = level === EXACT && field.termFrequency;
      const value = adjust ? this.matchedValue(field.name, i, j) : -1;
      return {
        field: field.name,
        label: field.label,
        level,
        levelLabel: field.levels[level],
        levelWeight: field.weights[level],
        frequencyAdjustment: adjust ? this.adjustmentFor(f, i, j) : 0,
        frequency: value >= 0 ? this.frequencies.frequency(field.name, value) : undefined,
      };
    });
  }

  private adjustmentFor(f: number, i: number, j: number): number {
    const field = this.model.fields[f];
    const value = this.matchedValue(field.name, i, j);
    if (value < 0) return this.frequencies.adjustment(field.name, value, field.u[EXACT]);
    // The adjustment depends on the value alone: computed once per (field, value), NaN until then.
    let memo = this.adjustments[f];
    if (!memo) {
      memo = new Float64Array(this.comparator.data.strings.length).fill(NaN);
      this.adjustments[f] = memo;
    }
    let bits = memo[value];
    if (Number.isNaN(bits)) {
      bits = this.frequencies.adjustment(field.name, value, field.u[EXACT]);
      memo[value] = bits;
    }
    return bits;
  }

  /** The shared value behind an exact agreement (names may agree through the birth name or a swap). */
  private matchedValue(field: ModelFieldName, i: number, j: number): number {
    const d = this.comparator.data;
    switch (field) {
      case 'firstName':
        return d.first.compact[i] === d.first.compact[j]
          ? d.first.compact[i]
          : d.first.compact[i] === d.last.compact[j]
            ? d.first.compact[i]
            : -1;
      case 'lastName':
        for (const a of [d.last.compact[i], d.altLast.compact[i]]) {
          if (a >= 0 && (a === d.last.compact[j] || a === d.altLast.compact[j] || a === d.first.compact[j]))
            return a;
        }
        return -1;
      case 'location':
        return d.address[i];
      default:
        return -1;
    }
  }
}
