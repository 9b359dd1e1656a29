import { foldText } from './text';

// Maps, not object literals: a word such as « constructor » must not find Object.prototype's.
const SEX_CODES = new Map<string, number>(
  Object.entries({
    m: 1,
    h: 1,
    homme: 1,
    masculin: 1,
    male: 1,
    garcon: 1,
    mr: 1,
    monsieur: 1,
    '1': 1,
    f: 2,
    femme: 2,
    feminin: 2,
    female: 2,
    fille: 2,
    mme: 2,
    madame: 2,
    mlle: 2,
    '2': 2,
  }),
);

/** 0 unknown, 1 male, 2 female. */
export function parseSex(raw: string | undefined): number {
  return raw ? (SEX_CODES.get(foldText(raw)) ?? 0) : 0;
}

export function normalizePostcode(raw: string | undefined): string {
  const digits = (raw ?? '').replace(/\D/g, '');
  return /^0+$/.test(digits) ? '' : digits;
}

const CITY_WORDS = new Map(Object.entries({ st: 'saint', ste: 'sainte', mt: 'mont' }));

export function normalizeCity(raw: string | undefined): string {
  const words = foldText(raw ?? '')
    .split(' ')
    .filter((w) => w !== '' && w !== 'cedex' && !/^\d+$/.test(w));
  return words.map((w) => CITY_WORDS.get(w) ?? w).join(' ');
}

const ADDRESS_WORDS = new Map(
  Object.entries({
    r: 'rue',
    av: 'avenue',
    ave: 'avenue',
    bd: 'boulevard',
    bld: 'boulevard',
    pl: 'place',
    imp: 'impasse',
    ch: 'chemin',
    rte: 'route',
    all: 'allee',
    st: 'street',
    rd: 'road',
    cres: 'crescent',
  }),
);

export function normalizeAddress(raw: string | undefined): string {
  return foldText(raw ?? '')
    .split(' ')
    .filter((w) => w !== '')
    .map((w) => ADDRESS_WORDS.get(w) ?? w)
    .join(' ');
}

export function normalizeCode(raw: string | undefined): string {
  return foldText(raw ?? '').replace(/ /g, '');
}
