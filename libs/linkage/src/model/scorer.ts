import type { Comparator, ModelFieldName } from '../compare/comparator';
import type { LinkageModel } from './model';
import { TermFrequencies } from './term-frequency';
import { LOCATION_SAME_PLACE } from '../compare/levels';
import { HOUSEHOLD_LABEL, HOUSEHOLD_LEVELS, type HouseholdEvidence } from './household';

export interface FieldContribution {
  field: ModelFieldName | 'household' | 'fullName';
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
const FULL_NAME_LABEL = 'Prénom et nom ensemble';
const SWAPPED_NAMES = '(dans la colonne de l’autre nom)';
const FULL_NAME_LEVELS = {
  frequent: 'souvent portés ensemble (homonymes plus probables)',
  rare: 'rarement portés ensemble',
};
/** Name levels below exact that are still frequency-adjusted: a variant, or one slip, of a given name. */
const VARIANT = 2;
const VERY_CLOSE = 3;
/**
 * Share of the frequency adjustment given to a variant or a slip: the spelling shared is not known,
 * so the more frequent of the two spellings is used (never overstating rarity), at half strength.
 */
const FUZZY_ADJUSTMENT_SHARE = 0.5;

/** Whether a level of a frequency-adjusted field gets an adjustment, and at which strength. */
function adjustmentShare(field: ModelFieldName, level: number): number {
  if (level === EXACT) return 1;
  if ((field === 'firstName' || field === 'lastName') && (level === VARIANT || level === VERY_CLOSE))
    return FUZZY_ADJUSTMENT_SHARE;
  return 0;
}

/** Fellegi–Sunter match weight of a pair: the sum over fields of log2(m/u), frequency-adjusted. */
export class Scorer {
  private readonly levelWeights: number[][];
  private readonly patternCache = new Map<number, number>();
  private readonly scratch: Uint8Array;
  private readonly adjusted: number[];
  private readonly adjustments: (Float64Array | undefined)[] = [];
  private readonly frequencyMemos: (Float64Array | undefined)[] = [];
  private placeAdjustments?: Float64Array;
  /** Household evidence, set once the pairs' base weights are known (main thread only). */
  private household?: HouseholdEvidence;
  private readonly fullNames?: Float32Array;
  private readonly firstField: number;
  private readonly lastField: number;
  private readonly locationField: number;

  constructor(
    readonly comparator: Comparator,
    readonly model: LinkageModel,
    readonly frequencies: TermFrequencies,
  ) {
    this.levelWeights = model.fields.map((f) => f.weights);
    this.scratch = new Uint8Array(model.fields.length);
    this.adjusted = model.fields.flatMap((f, index) => (f.termFrequency ? [index] : []));
    this.firstField = model.fields.findIndex((f) => f.name === 'firstName');
    this.lastField = model.fields.findIndex((f) => f.name === 'lastName');
    this.locationField = model.fields.findIndex((f) => f.name === 'location');
    if (this.firstField >= 0 && this.lastField >= 0) this.fullNames = model.fullNames;
  }

  weight(i: number, j: number): number {
    const weight = this.baseWeight(i, j);
    return this.household ? weight + this.household.adjustment(i, j, weight) : weight;
  }

  /** Weight from the records' fields alone, without household evidence. */
  baseWeight(i: number, j: number): number {
    return this.weightOfPattern(this.comparator.pattern(i, j, this.scratch), i, j);
  }

  useHousehold(evidence: HouseholdEvidence): void {
    this.household = evidence;
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
      const field = this.model.fields[f];
      const level = Math.floor(code / radix[f]) % field.levels.length;
      if (level === EXACT) weight += this.adjustmentFor(f, i, j);
      else if (f === this.locationField && level === LOCATION_SAME_PLACE)
        weight += this.placeAdjustment(f, i, j);
      else if (adjustmentShare(field.name, level) > 0) weight += this.fuzzyAdjustmentFor(f, level, i, j);
    }
    if (!this.fullNames) return weight;
    const levelOf = (f: number) => Math.floor(code / radix[f]) % this.model.fields[f].levels.length;
    const bothExact = levelOf(this.firstField) === EXACT && levelOf(this.lastField) === EXACT;
    return bothExact ? weight + this.fullNameCorrection(i, j) : weight;
  }

  /**
   * The correction of the whole name shared by records i and j in the same columns (the same for
   * both records); 0 when they agree through swapped names or a birth name, or not at all.
   */
  private fullNameCorrection(i: number, j: number): number {
    if (!this.fullNames) return 0;
    const { first, last } = this.comparator.data;
    const same = first.compact[i] === first.compact[j] && last.compact[i] === last.compact[j];
    return same ? this.fullNames[i] : 0;
  }

  contributions(i: number, j: number): FieldContribution[] {
    const fields = this.fieldContributions(i, j);
    const fullName = this.fullNameContribution(fields, i, j);
    if (fullName) fields.push(fullName);
    if (!this.household) return fields;
    const level = this.household.level(i, j, this.baseWeight(i, j));
    const household: FieldContribution = {
      field: 'household',
      label: HOUSEHOLD_LABEL,
      level,
      levelLabel: HOUSEHOLD_LEVELS[level],
      levelWeight: this.household.weights[level],
      frequencyAdjustment: 0,
    };
    return [...fields, household];
  }

  private fullNameContribution(
    fields: FieldContribution[],
    i: number,
    j: number,
  ): FieldContribution | undefined {
    const exact = (f: number) => f >= 0 && fields[f].level === EXACT;
    if (!exact(this.firstField) || !exact(this.lastField)) return undefined;
    const bits = this.fullNameCorrection(i, j);
    if (bits === 0) return undefined;
    return {
      field: 'fullName',
      label: FULL_NAME_LABEL,
      level: EXACT,
      levelLabel: bits < 0 ? FULL_NAME_LEVELS.frequent : FULL_NAME_LEVELS.rare,
      levelWeight: bits,
      frequencyAdjustment: 0,
    };
  }

  private fieldContributions(i: number, j: number): FieldContribution[] {
    const levels = new Uint8Array(this.model.fields.length);
    const swapped = this.comparator.levels(i, j, levels);
    return this.model.fields.map((field, f) => {
      const level = levels[f];
      // Said in words: a reviewer reading "Prénom : identique" looks for it in the given-name column.
      const crossed = swapped && level !== 0 && (f === this.firstField || f === this.lastField);
      return {
        field: field.name,
        label: field.label,
        level,
        levelLabel: crossed ? `${field.levels[level]} ${SWAPPED_NAMES}` : field.levels[level],
        levelWeight: field.weights[level],
        ...this.frequencyContribution(f, level, i, j),
      };
    });
  }

  /** The frequency adjustment of field f at `level` for records i and j, and the frequency behind it. */
  private frequencyContribution(
    f: number,
    level: number,
    i: number,
    j: number,
  ): { frequencyAdjustment: number; frequency?: number } {
    const field = this.model.fields[f];
    if (f === this.locationField && level === LOCATION_SAME_PLACE) {
      const place = this.frequencies.sharedPlace(i, j);
      return {
        frequencyAdjustment: this.placeAdjustment(f, i, j),
        frequency: place >= 0 ? this.frequencies.placeFrequency(place) : undefined,
      };
    }
    if (!field.termFrequency || adjustmentShare(field.name, level) === 0) return { frequencyAdjustment: 0 };
    const exact = level === EXACT;
    const value = exact ? this.matchedValue(field.name, i, j) : this.commonerValue(field.name, i, j);
    return {
      frequencyAdjustment: exact ? this.adjustmentFor(f, i, j) : this.fuzzyAdjustmentFor(f, level, i, j),
      frequency: value >= 0 ? this.frequencies.frequency(field.name, value) : undefined,
    };
  }

  /**
   * Adjustment of "same commune and same postcode" by the size of the place: sharing a village says
   * more than sharing a city's postcode, as a rare surname says more than a common one (the level's
   * u is the average over places). Memoised per place.
   */
  private placeAdjustment(f: number, i: number, j: number): number {
    const place = this.frequencies.sharedPlace(i, j);
    if (place < 0) return 0;
    let memo = this.placeAdjustments;
    if (!memo) {
      memo = new Float64Array(2 * this.comparator.data.strings.length).fill(NaN);
      this.placeAdjustments = memo;
    }
    let bits = memo[place];
    if (Number.isNaN(bits)) {
      bits = TermFrequencies.bits(
        this.model.fields[f].u[LOCATION_SAME_PLACE],
        this.frequencies.placeFrequency(place),
      );
      memo[place] = bits;
    }
    return bits;
  }

  private adjustmentFor(f: number, i: number, j: number): number {
    const field = this.model.fields[f];
    const value = this.matchedValue(field.name, i, j);
    if (value < 0) return this.frequencies.adjustment(field.name, value, field.u[EXACT]);
    return this.valueAdjustment(f, value);
  }

  /** Adjustment of an exact agreement on `value` (≥ 0): it depends on the value alone, so it is computed once per (field, value), NaN until then. */
  private valueAdjustment(f: number, value: number): number {
    let memo = this.adjustments[f];
    if (!memo) {
      memo = new Float64Array(this.comparator.data.strings.length).fill(NaN);
      this.adjustments[f] = memo;
    }
    let bits = memo[value];
    if (Number.isNaN(bits)) {
      const field = this.model.fields[f];
      bits = this.frequencies.adjustment(field.name, value, field.u[EXACT]);
      memo[value] = bits;
    }
    return bits;
  }

  /**
   * Adjustment of a variant or a slip: that of the more frequent of the two spellings, scaled down.
   * The exact level's u is the reference, as for exact agreements (a level's u is an average over
   * values; the value's frequency says how far this value is from that average).
   */
  private fuzzyAdjustmentFor(f: number, level: number, i: number, j: number): number {
    const field = this.model.fields[f];
    const value = this.commonerValue(field.name, i, j);
    if (value < 0) return 0;
    return adjustmentShare(field.name, level) * this.valueAdjustment(f, value);
  }

  /** `frequency(field, value) ?? 0` memoised per value (NaN until computed) for the two name fields. */
  private frequencyOrZero(field: ModelFieldName, value: number): number {
    const slot = field === 'firstName' ? 0 : 1;
    let memo = this.frequencyMemos[slot];
    if (!memo) {
      memo = new Float64Array(this.comparator.data.strings.length).fill(NaN);
      this.frequencyMemos[slot] = memo;
    }
    let frequency = memo[value];
    if (Number.isNaN(frequency)) {
      frequency = this.frequencies.frequency(field, value) ?? 0;
      memo[value] = frequency;
    }
    return frequency;
  }

  /** The more frequent of the two values compared in the main name columns (-1 when one is absent). */
  private commonerValue(field: ModelFieldName, i: number, j: number): number {
    const d = this.comparator.data;
    const columns = field === 'firstName' ? d.first : d.last;
    const a = columns.compact[i];
    const b = columns.compact[j];
    if (a < 0 || b < 0) return -1;
    const fa = this.frequencyOrZero(field, a);
    const fb = this.frequencyOrZero(field, b);
    return fa >= fb ? a : b;
  }

  /** Whether record j carries `name` as usage name, birth name or first name. */
  private namedBy(d: Comparator['data'], name: number, j: number): boolean {
    return name === d.last.compact[j] || name === d.altLast.compact[j] || name === d.first.compact[j];
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
      case 'lastName': {
        // Usage name first, then birth name (no array built per pair).
        const usage = d.last.compact[i];
        if (usage >= 0 && this.namedBy(d, usage, j)) return usage;
        const birth = d.altLast.compact[i];
        if (birth >= 0 && this.namedBy(d, birth, j)) return birth;
        return -1;
      }
      case 'location':
        return d.address[i];
      case 'phone':
        return d.phone[i];
      case 'email':
        return d.email[i];
      default:
        return -1;
    }
  }
}
