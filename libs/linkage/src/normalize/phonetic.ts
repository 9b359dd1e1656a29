import { boundedMemo } from './bounded-memo';

// A phonetic key for names as heard at a French reception desk: digraphs and their transliterations
// are merged (ph/f, ch/sh/sch, ou/u/w, dj/j, kh/k, c/k/q, y/i, x/ks, z/s), double letters collapse,
// vowels after the first letter are dropped and a final d/t/s/x is treated as silent. It is coarse on
// purpose: it feeds blocking and the "phonetic" comparison level, whose weight is learned.
const DIGRAPHS: [RegExp, string][] = [
  [/tsch|sch|tch|sh|ch/g, 'X'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/kh|ck|qu|q/g, 'k'],
  [/gh/g, 'g'],
  [/dj|dzh|zh/g, 'j'],
  [/gu(?=[eiy])/g, 'g'],
  [/g(?=[eiy])/g, 'j'],
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  [/ou|oo|w/g, 'u'],
  [/y/g, 'i'],
  [/x/g, 'ks'],
  [/z/g, 's'],
  [/X/g, 'x'],
];

const VOWELS = /[aeiou]/;

/** The letters as heard: digraphs merged and silent h dropped, vowels kept. */
function heardLetters(token: string): string {
  let s = token.replace(/[^a-z]/g, '');
  if (s === '') return '';
  for (const [pattern, replacement] of DIGRAPHS) s = s.replace(pattern, replacement);
  // A lone h is silent except between vowels (Mohamed / Muhammad keep their h).
  return s.replace(/h(?![aeiou])|(?<![aeiou])h/g, '');
}

/**
 * A finer key than `phoneticKey` for short names, whose consonant skeleton is too short to trust:
 * digraphs merged and double letters collapsed, but vowels kept (Phoma / Foma agree, Sow / Siw do not).
 */
export function spellingKey(token: string): string {
  return heardLetters(token).replace(/(.)\1+/g, '$1');
}

export const phoneticKey = boundedMemo((token: string): string => {
  const s = heardLetters(token);
  if (s === '') return '';
  let key = VOWELS.test(s[0]) ? 'a' : s[0];
  for (let i = 1; i < s.length; i++) {
    const c = s[i];
    if (VOWELS.test(c) || c === key[key.length - 1]) continue;
    key += c;
  }
  return key.length > 2 ? key.replace(/[sx]$/, '').replace(/d$/, 't') : key;
});
