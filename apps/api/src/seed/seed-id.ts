import { createHash } from 'node:crypto';

/** A stable uuid for a seeded record, so that seeding twice finds the same rows. */
export function seedId(key: string): string {
  const h = createHash('sha1').update(`pacte-seed:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
