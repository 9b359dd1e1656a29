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

  it('converts other offsets to UTC', () => {
    expect(isoInstant('2026-11-23 20:20:31.5+01')).toBe('2026-11-23T19:20:31.500Z');
    expect(isoInstant('2026-07-01 02:00:00+05:30')).toBe('2026-06-30T20:30:00.000Z');
  });

  it('leaves infinities as PostgreSQL wrote them', () => {
    expect(isoInstant('infinity')).toBe('infinity');
  });
});
