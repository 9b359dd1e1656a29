import { boundedMemo } from './bounded-memo';
import { normalizeAddress, normalizeCity, normalizeEmail, normalizePhone, parseSex } from './fields';
import { DatePrecision, parseBirthDate } from './dates';
import { parseBirthName, parseFirstName, parseSurname } from './names';
import { phoneticKey } from './phonetic';
import { foldText } from './text';
import { canonicalToken } from './transliteration';

describe('normalisation des noms', () => {
  it('ignore casse, accents et ligatures', () => {
    expect(foldText('  ÉLODIE Cœur ')).toBe('elodie coeur');
  });

  it('rapproche Jean-Pierre, Jean Pierre et JEANPIERRE', () => {
    const forms = ['Jean-Pierre', 'Jean Pierre', 'JEANPIERRE'].map((n) => parseFirstName(n)?.compact);
    expect(new Set(forms)).toEqual(new Set(['jeanpierre']));
  });

  it('retire les particules et apostrophes en tête du nom', () => {
    expect(parseSurname("d'Almeida").usage?.core).toBe('almeida');
    expect(parseSurname('De La Fontaine').usage?.core).toBe('fontaine');
    expect(parseSurname('Du Pont').usage?.compact).toBe(parseSurname('DUPONT').usage?.compact);
  });

  it('garde plusieurs prénoms', () => {
    expect(parseFirstName('Marie Claire Louise')?.canonical).toBe('marie claire louise');
  });

  it('sépare nom d’usage et nom de naissance', () => {
    expect(parseSurname('MARTIN épouse DURAND')).toMatchObject({
      usage: { compact: 'durand' },
      birth: { compact: 'martin' },
    });
    expect(parseSurname('Durand née Martin')).toMatchObject({
      usage: { compact: 'durand' },
      birth: { compact: 'martin' },
    });
    expect(parseBirthName('née Martin')?.compact).toBe('martin');
  });

  it('ramène les translittérations courantes à une forme canonique', () => {
    for (const spelling of ['mohammed', 'muhammad', 'mohamad'])
      expect(canonicalToken(spelling)).toBe('mohamed');
    expect(canonicalToken('youcef')).toBe(canonicalToken('yusuf'));
    expect(canonicalToken('serguei')).toBe('sergei');
    expect(canonicalToken('ahmady')).toBe('ahmadi');
  });

  it('reconnaît une graphie non listée qui se lit comme une graphie listée', () => {
    // « Brahym » n'est pas dans la table, mais s'entend « Brahim » : même forme canonique, donc même
    // clé phonétique et mêmes blocs que « Brahim » (avant, ils n'étaient jamais comparés).
    expect(canonicalToken('brahym')).toBe('ibrahim');
    expect(parseFirstName('Brahym')?.phonetic).toBe(parseFirstName('BRAHIM')?.phonetic);
    expect(canonicalToken('mouhammed')).toBe('mohamed');
    expect(canonicalToken('martin')).toBe('martin');
  });

  it('donne la même clé phonétique aux variantes entendues', () => {
    expect(phoneticKey('hussein')).toBe(phoneticKey('hossein'));
    expect(phoneticKey('aicha')).toBe(phoneticKey('aisha'));
    expect(phoneticKey('philippe')).toBe(phoneticKey('filipe'));
    expect(phoneticKey('martin')).not.toBe(phoneticKey('bernard'));
  });
});

describe('normalisation des dates de naissance', () => {
  const full = (year: number, month: number, day: number) => ({
    year,
    month,
    day,
    precision: DatePrecision.Full,
  });

  it.each([
    ['15/03/1985', full(1985, 3, 15)],
    ['15-03-85', full(1985, 3, 15)],
    ['1985-03-15', full(1985, 3, 15)],
    ['19850315', full(1985, 3, 15)],
    ['31121', full(1985, 3, 15)],
    ['15 mars 1985', full(1985, 3, 15)],
    ['15 MARS 1985', full(1985, 3, 15)],
    ['15-mars-85', full(1985, 3, 15)],
    ['1er février 1985', full(1985, 2, 1)],
    ['1 févr. 1985', full(1985, 2, 1)],
    ['15 août 1985', full(1985, 8, 15)],
    ['15 Sept. 1985', full(1985, 9, 15)],
    ['March 15, 1985', full(1985, 3, 15)],
    ['15th March 1985', full(1985, 3, 15)],
  ])('lit %s', (text, expected) => {
    expect(parseBirthDate(text)).toEqual(expected);
  });

  it('corrige une inversion jour/mois impossible', () => {
    expect(parseBirthDate('03/25/1990')).toEqual(full(1990, 3, 25));
  });

  it('traite 01/01/AAAA et 31/12/AAAA comme des dates de convention', () => {
    expect(parseBirthDate('01/01/1990').precision).toBe(DatePrecision.Placeholder);
    expect(parseBirthDate('31/12/1990')).toMatchObject({ year: 1990, precision: DatePrecision.Placeholder });
  });

  it('considère 1900-01-01 comme absente et une année seule comme imprécise', () => {
    expect(parseBirthDate('1900-01-01').precision).toBe(DatePrecision.Missing);
    expect(parseBirthDate('1978')).toMatchObject({ year: 1978, precision: DatePrecision.YearOnly });
    expect(parseBirthDate('00/00/1978')).toMatchObject({ year: 1978, precision: DatePrecision.YearOnly });
    expect(parseBirthDate('inconnue').precision).toBe(DatePrecision.Missing);
    expect(parseBirthDate('mars 1978')).toMatchObject({ year: 1978, precision: DatePrecision.YearOnly });
    expect(parseBirthDate('40 mars 1978')).toMatchObject({ year: 1978, precision: DatePrecision.YearOnly });
    expect(parseBirthDate('1er janvier 1978').precision).toBe(DatePrecision.Placeholder);
    expect(parseBirthDate('12 constructor 1978')).toMatchObject({
      year: 1978,
      precision: DatePrecision.YearOnly,
    });
  });
});

describe('sexe, commune et adresse', () => {
  it('lit les codes de sexe usuels, et rien d’autre', () => {
    expect(['M', 'h', 'Homme', 'masculin', '1', 'M.'].map(parseSex)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(['F', 'Femme', 'féminin', 'Mme', '2'].map(parseSex)).toEqual([2, 2, 2, 2, 2]);
    expect(['', 'X', 'constructor', 'toString', undefined].map(parseSex)).toEqual([0, 0, 0, 0, 0]);
  });

  it('développe les abréviations des communes et des voies, et seulement elles', () => {
    expect(normalizeCity('St-Apollinaire CEDEX 21850')).toBe('saint apollinaire');
    expect(normalizeAddress('12 av. Jean Jaurès')).toBe('12 avenue jean jaures');
    expect(normalizeAddress('3 rue constructor')).toBe('3 rue constructor');
    expect(normalizeCity('Valueof toString')).toBe('valueof tostring');
  });
});

describe('téléphone et courriel', () => {
  it('écrit un numéro français sous sa forme nationale, quelle que soit sa saisie', () => {
    for (const raw of [
      '06 12 34 56 78',
      '06.12.34.56.78',
      '+33 6 12 34 56 78',
      '0033 (0)6 12 34 56 78',
      '612345678',
    ])
      expect([raw, normalizePhone(raw)]).toEqual([raw, '0612345678']);
    // Another country keeps its code; junk is no number.
    expect(normalizePhone('+40 721 234 567')).toBe('40721234567');
    for (const raw of ['0000000000', '115', 'néant', '', undefined]) expect(normalizePhone(raw)).toBe('');
  });

  it('lit un courriel sans casse ni espaces, et rien qui n’en soit un', () => {
    expect(normalizeEmail('  Awa.Diallo@Exemple.FR ')).toBe('awa.diallo@exemple.fr');
    expect(normalizeEmail('mailto:awa@exemple.fr')).toBe('awa@exemple.fr');
    for (const raw of ['néant', 'awa@', '@exemple.fr', 'awa diallo@exemple.fr', undefined])
      expect(normalizeEmail(raw)).toBe('');
  });
});

describe('mémo borné', () => {
  it('calcule une fois par valeur, puis recommence quand la table est pleine', () => {
    const seen: string[] = [];
    const upper = boundedMemo((key) => {
      seen.push(key);
      return key.toUpperCase();
    }, 2);
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(seen).toEqual(['a', 'b']);
    // Full at two entries: the third value empties it, so `a` is computed again.
    expect([upper('c'), upper('a')]).toEqual(['C', 'A']);
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });
});
