import { types } from 'pg';
import { isoInstant } from './iso-instants';

describe('isoInstant', () => {
  it.each([
    ['2026-11-23 19:20:31.123456+00', '2026-11-23T19:20:31.123Z'],
    ['2026-11-23 19:20:31.1+00', '2026-11-23T19:20:31.100Z'],
    ['2026-11-23 19:20:31+00', '2026-11-23T19:20:31.000Z'],
    ['2026-03-29 01:59:59.999999+00', '2026-03-29T01:59:59.999Z'],
  ])('reads %s in UTC as Date#toJSON would', (text, iso) => {
    expect(isoInstant(text)).toBe(iso);
    expect(isoInstant(text)).toBe(new Date(iso).toJSON());
  });

  it('converts other offsets to UTC, across days and years', () => {
    expect(isoInstant('2026-11-23 20:20:31.5+01')).toBe('2026-11-23T19:20:31.500Z');
    expect(isoInstant('2027-01-01 00:30:00.25+01')).toBe('2026-12-31T23:30:00.250Z');
    expect(isoInstant('2026-07-01 02:00:00+02')).toBe('2026-07-01T00:00:00.000Z');
    expect(isoInstant('2026-12-31 20:00:00-05')).toBe('2027-01-01T01:00:00.000Z');
    expect(isoInstant('2026-07-01 02:00:00+05:30')).toBe('2026-06-30T20:30:00.000Z');
  });

  it('agrees with the driver on a year of Paris instants', () => {
    const parse = types.getTypeParser(1184) as (text: string) => Date;
    for (let hour = 0; hour < 24 * 366; hour += 7) {
      const instant = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000 + 123_456);
      const paris = new Intl.DateTimeFormat('sv-SE', {
        timeZone: 'Europe/Paris',
        dateStyle: 'short',
        timeStyle: 'medium',
      }).format(instant);
      const offset = Math.round((Date.parse(`${paris.replace(' ', 'T')}Z`) - instant.getTime()) / 3_600_000);
      const text = `${paris}.${String(instant.getUTCMilliseconds()).padStart(3, '0')}456+${String(offset).padStart(2, '0')}`;
      expect(isoInstant(text)).toBe(parse(text).toISOString());
    }
  });

  it('leaves infinities as PostgreSQL wrote them', () => {
    expect(isoInstant('infinity')).toBe('infinity');
  });
});
