import { foldText } from '../normalize/text';
import { GENERATOR_VARIANTS } from './name-lists';

export type Random = () => number;

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

const KEYBOARD_NEIGHBOURS: Record<string, string> = {
  a: 'zqs',
  z: 'aes',
  e: 'zrd',
  r: 'etf',
  t: 'ryg',
  y: 'tuh',
  u: 'yij',
  i: 'uok',
  o: 'ipl',
  p: 'om',
  q: 'asw',
  s: 'qdz',
  d: 'sfe',
  f: 'dgr',
  g: 'fht',
  h: 'gjy',
  j: 'hku',
  k: 'jli',
  l: 'kmo',
  m: 'lp',
  w: 'xq',
  x: 'wc',
  c: 'xv',
  v: 'cb',
  b: 'vn',
  n: 'bm',
};

/** One keyboard slip: substitution by a neighbouring key, deletion, insertion or transposition. */
export function typo(random: Random, value: string): string {
  if (value.length < 3) return value;
  const position = 1 + Math.floor(random() * (value.length - 1));
  const c = value[position].toLowerCase();
  const operation = random();
  if (operation < 0.35)
    return (
      value.slice(0, position) +
      pick(random, (KEYBOARD_NEIGHBOURS[c] ?? 'e').split('')) +
      value.slice(position + 1)
    );
  if (operation < 0.6) return value.slice(0, position) + value.slice(position + 1);
  if (operation < 0.8)
    return value.slice(0, position) + pick(random, 'aeilnorstu'.split('')) + value.slice(position);
  if (position + 1 >= value.length) return value;
  return value.slice(0, position) + value[position + 1] + value[position] + value.slice(position + 2);
}

const SOUND_ALIKE: [RegExp, string][] = [
  [/ph/i, 'f'],
  [/f/i, 'ph'],
  [/qu/i, 'k'],
  [/c(?=[aou])/i, 'k'],
  [/k/i, 'c'],
  [/y/i, 'i'],
  [/i/i, 'y'],
  [/eau/i, 'o'],
  [/au/i, 'o'],
  [/ai/i, 'é'],
  [/é/i, 'ai'],
  [/en/i, 'an'],
  [/an/i, 'en'],
  [/(?<=[aeiou])s(?=[aeiou])/i, 'z'],
  [/([lnrst])\1/i, '$1'],
  [/(?<=[aeiou])([lnrst])(?=[aeiou])/i, '$1$1'],
  [/ou/i, 'u'],
  [/(?<=[a-z])u(?=[a-z])/i, 'ou'],
  [/e$/i, ''],
  [/t$/i, 'd'],
  [/d$/i, 't'],
];

/** The name written as heard: one sound-alike rewrite. */
export function soundAlike(random: Random, value: string): string {
  const start = Math.floor(random() * SOUND_ALIKE.length);
  for (let k = 0; k < SOUND_ALIKE.length; k++) {
    const [pattern, replacement] = SOUND_ALIKE[(start + k) % SOUND_ALIKE.length];
    if (pattern.test(value)) return value.replace(pattern, replacement);
  }
  return value;
}

/** Another transliteration of a foreign name: a known variant, else a generic vowel/consonant shift. */
export function transliterate(random: Random, value: string): string {
  const variants = GENERATOR_VARIANTS[foldText(value).replace(/ /g, '')];
  if (variants) return pick(random, variants);
  return soundAlike(random, value);
}

export function stripAccents(value: string): string {
  return value.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
