import type { PreparedData } from '../normalize/prepare';
import type { FieldKind } from '../types';
import {
  ALT_LAST,
  FIRST,
  LAST,
  packedRecordsOf,
  RECORD_STRIDE,
  STREET_NUMBER,
  TEXT,
  PHONE,
  EMAIL,
  type PackedRecords,
  DATE_LEVELS,
  MISSING,
  NAME_LEVELS,
  NAME_CLOSE,
  NAME_LOOSE,
  better,
  NAME_DIFFERENT,
  NAME_VARIANT,
  dateLevel,
  exactLevel,
  codeLevel,
  nameLevel,
  LOCATION_LEVELS,
  locationLevel,
  sexLevel,
  similarLevel,
  surnameLevel,
} from './levels';

export type ModelFieldName =
  | 'firstName'
  | 'lastName'
  | 'birthDate'
  | 'sex'
  | 'location'
  | 'streetNumber'
  | 'identifier'
  | 'phone'
  | 'email'
  | 'text';

export interface ModelField {
  name: ModelFieldName;
  /** French label shown to reviewers. */
  label: string;
  /** French label of each level; index 0 is "missing", the last one "different". */
  levels: string[];
  /** Whether an exact agreement is weighted by the frequency of the shared value. */
  termFrequency: boolean;
}

const FIELD_CATALOGUE: (ModelField & { sources: FieldKind[] })[] = [
  { name: 'firstName', label: 'Prénom', levels: NAME_LEVELS, termFrequency: true, sources: ['firstName'] },
  {
    name: 'lastName',
    label: 'Nom',
    levels: NAME_LEVELS,
    termFrequency: true,
    sources: ['lastName', 'birthName'],
  },
  {
    name: 'birthDate',
    label: 'Date de naissance',
    levels: DATE_LEVELS,
    termFrequency: false,
    sources: ['birthDate'],
  },
  {
    name: 'sex',
    label: 'Sexe',
    levels: ['absent', 'identique', 'différent'],
    termFrequency: false,
    sources: ['sex'],
  },
  {
    name: 'location',
    label: 'Lieu (adresse, commune, code postal)',
    levels: LOCATION_LEVELS,
    termFrequency: true,
    sources: ['address', 'city', 'postcode'],
  },
  {
    name: 'streetNumber',
    label: 'Numéro de voie',
    levels: ['absent', 'identique', 'différent'],
    termFrequency: false,
    sources: ['streetNumber'],
  },
  {
    name: 'identifier',
    label: 'Identifiant',
    levels: ['absent', 'identique', 'un caractère diffère', 'différent'],
    termFrequency: false,
    sources: ['identifier'],
  },
  {
    // A family shares a phone, a shelter's residents its number: a common value weighs less.
    name: 'phone',
    label: 'Téléphone',
    levels: ['absent', 'identique', 'un chiffre diffère', 'différent'],
    termFrequency: true,
    sources: ['phone'],
  },
  {
    name: 'email',
    label: 'Courriel',
    levels: ['absent', 'identique', 'un caractère diffère', 'différent'],
    termFrequency: true,
    sources: ['email'],
  },
  {
    name: 'text',
    label: 'Texte',
    levels: ['absent', 'identique', 'proche', 'différent'],
    termFrequency: false,
    sources: ['text'],
  },
];

export function modelFieldsFor(kinds: readonly FieldKind[]): ModelField[] {
  return FIELD_CATALOGUE.filter((f) => f.sources.some((s) => kinds.includes(s))).map(
    ({ sources: _sources, ...field }) => field,
  );
}

/** Field names as small integers: the per-pair switch compares numbers, not strings. */
const enum FieldCode {
  FirstName,
  LastName,
  BirthDate,
  Sex,
  Location,
  StreetNumber,
  Identifier,
  Phone,
  Email,
  Text,
}

const FIELD_CODES: Record<ModelFieldName, FieldCode> = {
  firstName: FieldCode.FirstName,
  lastName: FieldCode.LastName,
  birthDate: FieldCode.BirthDate,
  sex: FieldCode.Sex,
  location: FieldCode.Location,
  streetNumber: FieldCode.StreetNumber,
  identifier: FieldCode.Identifier,
  phone: FieldCode.Phone,
  email: FieldCode.Email,
  text: FieldCode.Text,
};

/** Computes comparison levels of record pairs and packs them into one integer (the pattern). */
export class Comparator {
  readonly radix: number[];
  private readonly codes: Uint8Array;
  private readonly firstIndex: number;
  private readonly lastIndex: number;
  private readonly packed: PackedRecords;

  constructor(
    readonly data: PreparedData,
    readonly fields: ModelField[],
  ) {
    let base = 1;
    this.radix = fields.map((f) => {
      const value = base;
      base *= f.levels.length;
      return value;
    });
    if (base > 2 ** 32) throw new Error('too many comparison levels');
    this.codes = Uint8Array.from(fields, (f) => FIELD_CODES[f.name]);
    this.firstIndex = fields.findIndex((f) => f.name === 'firstName');
    this.lastIndex = fields.findIndex((f) => f.name === 'lastName');
    this.packed = packedRecordsOf(data);
  }

  /** Writes the level of each field into `out` and returns whether first and last names were swapped. */
  levels(i: number, j: number, out: Uint8Array): boolean {
    const a = i * RECORD_STRIDE;
    const b = j * RECORD_STRIDE;
    for (let f = 0; f < this.fields.length; f++) out[f] = this.fieldLevel(f, a, b);
    return this.firstIndex >= 0 && this.lastIndex >= 0 && this.trySwappedNames(a, b, out);
  }

  pattern(i: number, j: number, scratch: Uint8Array): number {
    this.levels(i, j, scratch);
    let code = 0;
    for (let f = 0; f < this.fields.length; f++) code += scratch[f] * this.radix[f];
    return code;
  }

  decode(code: number, out: Uint8Array): void {
    for (let f = this.fields.length - 1; f >= 0; f--) {
      out[f] = Math.floor(code / this.radix[f]);
      code -= out[f] * this.radix[f];
    }
  }

  /** Level of field f for the records at offsets `a` and `b` of the packed values. */
  private fieldLevel(f: number, a: number, b: number): number {
    const p = this.packed;
    switch (this.codes[f]) {
      case FieldCode.FirstName:
        return nameLevel(p, a + FIRST, b + FIRST);
      case FieldCode.LastName:
        return surnameLevel(p, a, b);
      case FieldCode.BirthDate:
        return dateLevel(p, a, b);
      case FieldCode.Sex:
        return sexLevel(p, a, b);
      case FieldCode.Location:
        return locationLevel(p, a, b);
      case FieldCode.StreetNumber:
        return exactLevel(p, a + STREET_NUMBER, b + STREET_NUMBER);
      case FieldCode.Identifier:
        return codeLevel(p, a, b);
      case FieldCode.Phone:
        return codeLevel(p, a, b, PHONE);
      case FieldCode.Email:
        return codeLevel(p, a, b, EMAIL);
      default:
        return similarLevel(p, a + TEXT, b + TEXT, 0.88);
    }
  }

  /**
   * First and last names written in each other's column ("DIALLO Mamadou" / "MAMADOU Diallo"), possibly
   * with a slip in one of them or a looser spelling of the other. The crossed comparison replaces the
   * direct one when it is better on both names, at least "very close" on one and "close" on the other;
   * or, when a name is missing and the other does not agree directly, when that one agrees crossed
   * (exact or a variant): "Matilda" with no family name / "Harris Matilda". (With both names present,
   * one crossed agreement alone is too often a given name also borne as a family name, Ahmadi or
   * Thomas: at 100k records of the French set, F1 0.9714 → 0.9701.)
   */
  private trySwappedNames(a: number, b: number, out: Uint8Array): boolean {
    const first = out[this.firstIndex];
    const last = out[this.lastIndex];
    if (first !== MISSING && first <= NAME_VARIANT && last !== MISSING && last <= NAME_VARIANT) return false;
    const p = this.packed;
    const cost = (level: number) => (level === MISSING ? NAME_DIFFERENT + 1 : level);
    const usable = (level: number) => level !== MISSING && level <= NAME_LOOSE;
    // A name missing, the other different: only a crossed agreement can be found.
    const oneMissing =
      (first === MISSING && cost(last) >= NAME_DIFFERENT) ||
      (last === MISSING && cost(first) >= NAME_DIFFERENT);
    const swappedFirst = nameLevel(p, a + FIRST, b + LAST);
    if (!usable(swappedFirst) && !oneMissing) return false;
    let swappedLast = nameLevel(p, a + LAST, b + FIRST);
    if (p.values[a + ALT_LAST] >= 0 && (!usable(swappedLast) || swappedLast > NAME_CLOSE))
      swappedLast = better(swappedLast, nameLevel(p, a + ALT_LAST, b + FIRST));
    const crossed =
      usable(swappedFirst) && usable(swappedLast) && Math.min(swappedFirst, swappedLast) <= NAME_CLOSE;
    const oneSided = oneMissing && Math.min(cost(swappedFirst), cost(swappedLast)) <= NAME_VARIANT;
    if (!crossed && !oneSided) return false;
    if (
      cost(swappedFirst) > cost(first) ||
      cost(swappedLast) > cost(last) ||
      cost(swappedFirst) + cost(swappedLast) >= cost(first) + cost(last)
    )
      return false;
    out[this.firstIndex] = swappedFirst;
    out[this.lastIndex] = swappedLast;
    return true;
  }
}
