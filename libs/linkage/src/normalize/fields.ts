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

/**
 * A phone number as its digits, a French one in its national form: "+33 6 12 34 56 78",
 * "0033 (0)6 12…" and "612345678" (a spreadsheet drops the leading 0) all give "0612345678". Fewer than
 * eight digits, or one digit repeated ("0000000000"), is no number.
 */
export function normalizePhone(raw: string | undefined): string {
  const text = (raw ?? '').trim();
  let digits = text.replace(/\D/g, '');
  const international = text.startsWith('+') || digits.startsWith('00');
  if (digits.startsWith('00')) digits = digits.slice(2);
  if (international && digits.startsWith('33')) {
    const national = digits.slice(2).replace(/^0/, '');
    if (national.length === 9) digits = `0${national}`;
  } else if (!international && digits.length === 9 && digits[0] !== '0') digits = `0${digits}`;
  return digits.length < 8 || /^(\d)\1*$/.test(digits) ? '' : digits;
}

/** An e-mail address, trimmed and in lower case; anything without a name, an @ and a domain is none. */
export function normalizeEmail(raw: string | undefined): string {
  const address = (raw ?? '')
    .trim()
    .toLowerCase()
    .replace(/^mailto:/, '');
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address) ? address : '';
}

export function normalizeCode(raw: string | undefined): string {
  return foldText(raw ?? '').replace(/ /g, '');
}
