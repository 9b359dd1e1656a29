import { phoneticKey } from './phonetic';
import { foldText, tokens } from './text';
import { canonicalToken } from './transliteration';

/** Every way of writing one name that the comparison needs. */
export interface NameForm {
  /** All tokens glued: "Jean-Pierre" and "Jean Pierre" and "JEANPIERRE" give "jeanpierre". */
  compact: string;
  /** Compact form without leading particles: "de la Fontaine" gives "fontaine". */
  core: string;
  /** Canonical transliteration of each core token, space separated: "Muhammad Ali" gives "mohamed ali". */
  canonical: string;
  /** Phonetic key of the core. */
  phonetic: string;
}

const PARTICLES = new Set([
  'de',
  'du',
  'des',
  'd',
  'le',
  'la',
  'les',
  'l',
  'van',
  'von',
  'der',
  'den',
  'di',
  'da',
  'del',
  'della',
  'dos',
  'el',
  'al',
]);
const BIRTH_NAME_FOLLOWS = new Set(['nee', 'ne', 'naissance']);
const USAGE_NAME_FOLLOWS = new Set(['epouse', 'ep', 'epse', 'epx', 'veuve', 'vve', 'divorcee', 'usage']);

export function nameForm(nameTokens: string[]): NameForm | null {
  if (nameTokens.length === 0) return null;
  let start = 0;
  while (start < nameTokens.length - 1 && PARTICLES.has(nameTokens[start])) start++;
  const coreTokens = nameTokens.slice(start);
  const canonicalTokens = coreTokens.map(canonicalToken);
  return {
    compact: nameTokens.join(''),
    core: coreTokens.join(''),
    canonical: canonicalTokens.join(' '),
    phonetic: phoneticKey(canonicalTokens.join('')),
  };
}

export function parseFirstName(raw: string | undefined): NameForm | null {
  return raw ? nameForm(tokens(foldText(raw)).filter((t) => !/^\d+$/.test(t))) : null;
}

export interface ParsedSurname {
  usage: NameForm | null;
  birth: NameForm | null;
}

/** Splits "MARTIN épouse DURAND", "DURAND née MARTIN", "Vve DURAND" into usage and birth names. */
export function parseSurname(raw: string | undefined): ParsedSurname {
  const words = raw ? tokens(foldText(raw)).filter((t) => !/^\d+$/.test(t)) : [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const before = words.slice(0, i);
    const after = words.slice(i + 1);
    if (BIRTH_NAME_FOLLOWS.has(word) && after.length > 0 && (before.length > 0 || word !== 'ne')) {
      return { usage: nameForm(before), birth: nameForm(after) };
    }
    if (USAGE_NAME_FOLLOWS.has(word) && after.length > 0) {
      return { usage: nameForm(after), birth: nameForm(before) };
    }
  }
  return { usage: nameForm(words), birth: null };
}

/** The content of a birth-name column, which may itself start with "née". */
export function parseBirthName(raw: string | undefined): NameForm | null {
  const words = raw ? tokens(foldText(raw)) : [];
  while (words.length > 1 && BIRTH_NAME_FOLLOWS.has(words[0])) words.shift();
  return nameForm(words);
}
