import { types } from 'pg';

const TIMESTAMPTZ = 1184;
const parseInstant = types.getTypeParser(TIMESTAMPTZ) as (text: string) => Date | number;

/**
 * A `timestamptz` as PostgreSQL prints it in the connection's time zone, turned into the ISO text
 * `Date#toJSON` would give, without the driver's regular expressions: list rows go straight to JSON.
 * `2026-11-23 20:20:31.123456+01` → `2026-11-23T19:20:31.123Z`. Anything unusual (eras, infinities,
 * offsets with seconds) goes through the driver's parser.
 */
export function isoInstant(text: string): string {
  const zone = text.length - 3;
  const sign = text.charCodeAt(zone);
  if (text.length >= 22 && text[10] === ' ' && text[4] === '-' && (sign === 43 || sign === 45)) {
    const dot = text.indexOf('.', 19);
    const millis = dot === -1 ? 0 : Number(`${text.slice(dot + 1, zone)}00`.slice(0, 3));
    const offsetMinutes = (sign === 43 ? 1 : -1) * Number(text.slice(zone + 1)) * 60;
    const utc = Date.UTC(
      Number(text.slice(0, 4)),
      Number(text.slice(5, 7)) - 1,
      Number(text.slice(8, 10)),
      Number(text.slice(11, 13)),
      Number(text.slice(14, 16)) - offsetMinutes,
      Number(text.slice(17, 19)),
      millis,
    );
    if (!Number.isNaN(utc)) return new Date(utc).toISOString();
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
