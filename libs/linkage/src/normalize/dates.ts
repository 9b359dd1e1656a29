import { foldText } from './text';

export enum DatePrecision {
  Missing = 0,
  Full = 1,
  /** Only the year is known ("1985", "00/00/1985"). */
  YearOnly = 2,
  /** A conventional date written when the real one is unknown (01/01/YYYY, 31/12/YYYY): the year is weak evidence. */
  Placeholder = 3,
}

export interface BirthDate {
  year: number;
  month: number;
  day: number;
  precision: DatePrecision;
}

export const MISSING_DATE: BirthDate = { year: 0, month: 0, day: 0, precision: DatePrecision.Missing };
const MIN_YEAR = 1880;
const MAX_YEAR = 2035;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function plausibleYear(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

function expandTwoDigitYear(year: number, text: string): number {
  if (text.length > 2) return year;
  const pivot = new Date().getUTCFullYear() % 100;
  return year > pivot ? 1900 + year : 2000 + year;
}

function fromParts(year: number, month: number, day: number): BirthDate {
  if (!plausibleYear(year)) return MISSING_DATE;
  if (month > 12 && day >= 1 && day <= 12) [month, day] = [day, month];
  if (month < 1 || month > 12 || day < 1 || day > 31)
    return { year, month: 0, day: 0, precision: DatePrecision.YearOnly };
  const conventional = (day === 1 && month === 1) || (day === 31 && month === 12);
  if (conventional && year === 1900) return MISSING_DATE;
  return { year, month, day, precision: conventional ? DatePrecision.Placeholder : DatePrecision.Full };
}

/**
 * Written month names, French and English, full or cut short ("févr.", "sept", "Sept."), folded
 * (no accents, lower case). "mar" is March in both languages; "mai" and "may" are both May.
 */
const MONTH_NAMES = new Map<string, number>(
  [
    ['janvier', 'janv', 'jan', 'january'],
    ['fevrier', 'fevr', 'fev', 'feb', 'february'],
    ['mars', 'mar', 'march'],
    ['avril', 'avr', 'apr', 'april'],
    ['mai', 'may'],
    ['juin', 'jun', 'june'],
    ['juillet', 'juil', 'jul', 'july'],
    ['aout', 'aou', 'aug', 'august'],
    ['septembre', 'sept', 'sep', 'september'],
    ['octobre', 'oct', 'october'],
    ['novembre', 'nov', 'november'],
    ['decembre', 'dec', 'december'],
  ].flatMap((names, m) => names.map((name): [string, number] => [name, m + 1])),
);

/** "12 mai 1984", "1er février 1984", "12-Sept-84", "May 12th, 1984"; null when the text is not one. */
function fromWrittenMonth(text: string): BirthDate | null {
  const words = foldText(text).split(' ');
  if (words.length !== 3) return null;
  const dayFirst = MONTH_NAMES.has(words[1]);
  const [dayWord, monthWord, yearWord] = dayFirst ? words : [words[1], words[0], words[2]];
  const month = MONTH_NAMES.get(monthWord);
  const day = /^(\d{1,2})(er|st|nd|rd|th)?$/.exec(dayWord);
  if (month === undefined || !day || !/^(\d{2}|\d{4})$/.test(yearWord)) return null;
  return fromParts(expandTwoDigitYear(Number(yearWord), yearWord), month, Number(day[1]));
}

function fromExcelSerial(serial: number): BirthDate {
  const date = new Date(EXCEL_EPOCH_MS + Math.round(serial) * DAY_MS);
  return fromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * Reads a birth date written as DD/MM/YYYY (also with - . or space, and two-digit years), YYYY-MM-DD,
 * YYYYMMDD, DDMMYYYY, with the month written out in French or English ("12 mai 1984", "May 12, 1984"),
 * an Excel serial number, or a year alone. An impossible month with a valid day is read as an American
 * month/day inversion.
 */
export function parseBirthDate(raw: string | undefined): BirthDate {
  const text = (raw ?? '').trim();
  if (text === '') return MISSING_DATE;
  if (/^\d{8}$/.test(text)) {
    const head = Number(text.slice(0, 4));
    return plausibleYear(head)
      ? fromParts(head, Number(text.slice(4, 6)), Number(text.slice(6, 8)))
      : fromParts(Number(text.slice(4, 8)), Number(text.slice(2, 4)), Number(text.slice(0, 2)));
  }
  if (/^\d{4}$/.test(text) && plausibleYear(Number(text))) {
    return Number(text) === 1900
      ? MISSING_DATE
      : { year: Number(text), month: 0, day: 0, precision: DatePrecision.YearOnly };
  }
  if (/^\d{1,5}(\.\d+)?$/.test(text)) return fromExcelSerial(Number(text));
  const parts = text.replace(/[T ]\d{1,2}:\d{2}(:\d{2})?.*$/, '').split(/[/\-. ]+/);
  if (parts.length === 3 && parts.every((p) => /^\d{1,4}$/.test(p))) {
    const [a, b, c] = parts;
    if (a.length === 4) return fromParts(Number(a), Number(b), Number(c));
    return fromParts(expandTwoDigitYear(Number(c), c), Number(b), Number(a));
  }
  const written = /[a-z]/i.test(text) ? fromWrittenMonth(text) : null;
  if (written) return written;
  const year = /(^|\D)(\d{4})(\D|$)/.exec(text);
  if (year && plausibleYear(Number(year[2])) && Number(year[2]) !== 1900) {
    return { year: Number(year[2]), month: 0, day: 0, precision: DatePrecision.YearOnly };
  }
  return MISSING_DATE;
}

export function formatIsoDate(date: BirthDate): string {
  if (date.precision === DatePrecision.Missing) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return date.month === 0 ? String(date.year) : `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}
