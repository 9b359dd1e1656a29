import { types } from 'pg';

const TIMESTAMPTZ = 1184;
const parseInstant = types.getTypeParser(TIMESTAMPTZ) as (text: string) => Date | number;

/**
 * A `timestamptz` as PostgreSQL prints it, turned into the ISO text `Date#toJSON` would give,
 * without building a Date: list rows go straight to JSON. `2026-11-23 19:20:31.123456+00` →
 * `2026-11-23T19:20:31.123Z`. Other offsets, eras and infinities go through the driver's parser.
 */
export function isoInstant(text: string): string {
  if (text.length >= 22 && text[10] === ' ' && text.endsWith('+00') && text[4] === '-') {
    const dot = text.indexOf('.', 19);
    const millis = dot === -1 ? '000' : `${text.slice(dot + 1, text.length - 3)}00`.slice(0, 3);
    return `${text.slice(0, 10)}T${text.slice(11, 19)}.${millis}Z`;
  }
  const parsed = parseInstant(text);
  return parsed instanceof Date && !Number.isNaN(parsed.getTime()) ? parsed.toISOString() : text;
}

/** Type parsers for one query: the driver's, except instants as ISO text. */
export const ISO_INSTANT_TYPES = {
  getTypeParser(oid: number, format?: 'text' | 'binary'): unknown {
    return oid === TIMESTAMPTZ && format !== 'binary' ? isoInstant : types.getTypeParser(oid, format);
  },
};
