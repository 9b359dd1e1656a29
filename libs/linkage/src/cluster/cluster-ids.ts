import { createHash } from 'node:crypto';

/** Message schedule of `sha1Prefix`: one block of 80 words, reused. */
const schedule = new Int32Array(80);

const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function hex8(word: number): string {
  return (
    HEX_BYTES[(word >>> 24) & 0xff] +
    HEX_BYTES[(word >>> 16) & 0xff] +
    HEX_BYTES[(word >>> 8) & 0xff] +
    HEX_BYTES[word & 0xff]
  );
}

/**
 * The first 16 hex digits of the SHA-1 of an ASCII text of at most 55 characters (one block), in
 * JavaScript: a node:crypto Hash object per id cost more than the hash itself, a second or two for
 * the hundreds of thousands of clusters of a large run. The digest is the standard one.
 */
function sha1Prefix(text: string): string {
  const w = schedule;
  w.fill(0, 0, 16);
  for (let k = 0; k < text.length; k++) w[k >> 2] |= text.charCodeAt(k) << (24 - 8 * (k & 3));
  w[text.length >> 2] |= 0x80 << (24 - 8 * (text.length & 3));
  w[15] = text.length * 8;
  for (let t = 16; t < 80; t++) {
    const x = w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16];
    w[t] = (x << 1) | (x >>> 31);
  }
  let a = 0x67452301;
  let b = 0xefcdab89 | 0;
  let c = 0x98badcfe | 0;
  let d = 0x10325476;
  let e = 0xc3d2e1f0 | 0;
  // The four rounds of 20 steps, each with its function and constant.
  for (let t = 0; t < 80; t++) {
    const f =
      t < 20
        ? ((b & c) | (~b & d)) + 0x5a827999
        : t < 40
          ? (b ^ c ^ d) + 0x6ed9eba1
          : t < 60
            ? ((b & c) | (b & d) | (c & d)) - 0x70e44324
            : (b ^ c ^ d) - 0x359d3e2a;
    const next = (((a << 5) | (a >>> 27)) + f + e + w[t]) | 0;
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = next;
  }
  return hex8((0x67452301 + a) | 0) + hex8(((0xefcdab89 | 0) + b) | 0);
}

/** Whether `sha1Prefix` applies: ASCII (one byte per character in UTF-8), one block long. */
function fitsOneBlock(text: string): boolean {
  if (text.length > 55) return false;
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) > 0x7f) return false;
  return true;
}

/** A stable, opaque cluster id derived from the id of the record that founded the cluster. */
export function clusterIdFor(recordId: string): string {
  if (fitsOneBlock(recordId)) return 'p' + sha1Prefix(recordId);
  return 'p' + createHash('sha1').update(recordId).digest('hex').slice(0, 16);
}

/** Returns an id not in `taken` (appending -2, -3… on the rare hash collision) and reserves it. */
export function reserveClusterId(recordId: string, taken: Set<string>): string {
  const base = clusterIdFor(recordId);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
