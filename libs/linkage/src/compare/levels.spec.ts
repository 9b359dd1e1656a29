import { prepareRecords } from '../normalize/prepare';
import type { LinkageRecord } from '../types';
import { Comparator, modelFieldsFor } from './comparator';
import { editDistance, jaroWinkler } from './string-similarity';
import { apartByShape, headOf, lettersOf } from './levels';
import { seededRandom } from '../model/random';
import { ORIGINS } from '../testing/name-lists';
import { typo } from '../testing/corruption';
import { canonicalToken } from '../normalize/transliteration';

function levelsOf(a: LinkageRecord['fields'], b: LinkageRecord['fields']): Record<string, string> {
  const data = prepareRecords([
    { id: 'a', fields: a },
    { id: 'b', fields: b },
  ]);
  const comparator = new Comparator(data, modelFieldsFor(data.kinds));
  const out = new Uint8Array(comparator.fields.length);
  comparator.levels(0, 1, out);
  return Object.fromEntries(comparator.fields.map((f, i) => [f.name, f.levels[out[i]]]));
}

describe('similarités de chaînes', () => {
  it('calcule Jaro–Winkler et la distance d’édition', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(editDistance('martin', 'matrin')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });
});

describe('niveaux de comparaison', () => {
  it('distingue identique, variante, proche et différent pour les noms', () => {
    expect(levelsOf({ lastName: 'Dupont' }, { lastName: 'DUPONT' }).lastName).toBe('identique');
    expect(levelsOf({ lastName: 'Muhammad' }, { lastName: 'Mohamed' }).lastName).toMatch(/^variante/);
    expect(levelsOf({ lastName: 'Lefebvre' }, { lastName: 'Lefebre' }).lastName).toBe('très proche');
    expect(levelsOf({ lastName: 'Martin' }, { lastName: 'Bernard' }).lastName).toBe('différent');
    expect(levelsOf({ lastName: 'Martin' }, {}).lastName).toBe('absent');
  });

  it('reconnaît le nom de naissance et les prénoms/noms inversés', () => {
    expect(levelsOf({ lastName: 'Durand née Martin' }, { lastName: 'MARTIN' }).lastName).toBe('identique');
    const swapped = levelsOf(
      { firstName: 'Mamadou', lastName: 'Diallo' },
      { firstName: 'DIALLO', lastName: 'MAMADOU' },
    );
    expect(swapped).toMatchObject({ firstName: 'identique', lastName: 'identique' });
  });

  it.each([
    ['1985-03-15', '15/03/1985', 'identique'],
    ['1985-03-05', '1985-05-03', 'jour et mois inversés'],
    ['1985-03-15', '1985-03-16', 'un chiffre diffère (ou année à un an près)'],
    ['1989-03-15', '1990-03-15', 'un chiffre diffère (ou année à un an près)'],
    ['1985-03-15', '1985-07-28', 'même année seulement'],
    ['1985-03-15', '01/01/1985', 'même année (date approximative)'],
    ['1985-03-15', '1986', 'année à un an près (date approximative)'],
    ['1985-03-15', '01/01/1979', 'année différente (date approximative)'],
    ['1985-03-15', '1962-11-28', 'différente'],
    ['1985-03-15', '', 'absente'],
  ])('date %s / %s : %s', (a, b, expected) => {
    expect(levelsOf({ birthDate: a }, { birthDate: b }).birthDate).toBe(expected);
  });
});

describe('lieu', () => {
  it('fond adresse, commune et code postal en une seule comparaison', () => {
    const shelter = { address: '5 rue de l’Espérance', postcode: '21000', city: 'Dijon' };
    expect(levelsOf(shelter, { ...shelter, city: 'DIJON' }).location).toBe('même adresse');
    expect(levelsOf(shelter, { address: '12 rue Monge', postcode: '21000', city: 'Dijon' }).location).toBe(
      'même commune et même code postal',
    );
    expect(levelsOf({ postcode: '21000' }, { postcode: '21300' }).location).toBe('même département');
    expect(levelsOf({ postcode: '21000' }, { postcode: '75018' }).location).toBe('différent');
    expect(levelsOf({ postcode: '21000' }, { city: 'Dijon' }).location).toBe('absent');
    const fields = prepareRecords([{ id: 'a', fields: shelter }]).kinds;
    expect(modelFieldsFor(fields).map((f) => f.name)).toEqual(['location']);
  });

  it('reconnaît des noms inversés même avec une faute de frappe', () => {
    const swapped = levelsOf(
      { firstName: 'Habib', lastName: 'Waahwazai' },
      { firstName: 'WAAHWAZQI', lastName: 'HABIB' },
    );
    expect(swapped).toMatchObject({ firstName: 'identique', lastName: 'très proche' });
  });

  it('reconnaît des noms inversés quand l’un est très proche et l’autre seulement proche', () => {
    const swapped = levelsOf(
      { firstName: 'Ibrahim', lastName: 'Tadnoke' },
      { firstName: 'TANDOCE', lastName: 'YBRAHIMA' },
    );
    expect(swapped.firstName).toMatch(/^variante/);
    expect(swapped.lastName).toBe('proche');
    // Two names only "close" each: no swap, the pair stays different on both.
    const loose = levelsOf(
      { firstName: 'Sandrine', lastName: 'Tadnoke' },
      { firstName: 'Tandoce', lastName: 'Sabrina' },
    );
    expect(loose).toMatchObject({ firstName: 'différent', lastName: 'différent' });
  });

  it('reconnaît un nom écrit dans l’autre colonne quand la fiche n’a que ce nom', () => {
    // "Matilda" without a family name / "Harris Matilda": the given name is in the family-name column.
    expect(
      levelsOf({ firstName: 'Matilda', lastName: '' }, { firstName: 'Harris', lastName: 'Matilda' }),
    ).toMatchObject({ firstName: 'identique', lastName: 'absent' });
    // Both names present, one crossed agreement alone (a given name also borne as a family name): no swap.
    expect(
      levelsOf({ firstName: 'Karim', lastName: 'Ahmadi' }, { firstName: 'Ahmadi', lastName: 'Wardak' }),
    ).toMatchObject({ firstName: 'différent', lastName: 'différent' });
  });
});

describe('téléphone et courriel', () => {
  it('compare les numéros et les courriels normalisés : identique, un caractère, différent', () => {
    expect(levelsOf({ phone: '06 12 34 56 78' }, { phone: '+33612345678' }).phone).toBe('identique');
    expect(levelsOf({ phone: '06 12 34 56 78' }, { phone: '06 12 34 56 79' }).phone).toBe(
      'un chiffre diffère',
    );
    expect(levelsOf({ phone: '06 12 34 56 78' }, { phone: '07 98 76 54 32' }).phone).toBe('différent');
    expect(levelsOf({ phone: '06 12 34 56 78' }, { phone: 'néant' }).phone).toBe('absent');
    expect(levelsOf({ email: 'Awa@exemple.fr' }, { email: 'awa@exemple.fr ' }).email).toBe('identique');
    expect(levelsOf({ email: 'awa@exemple.fr' }, { email: 'awa@exemples.fr' }).email).toBe(
      'un caractère diffère',
    );
  });
});

describe('noms : cas ajoutés à la quatrième passe', () => {
  it('ne dit « très proche » que pour une faute : un nom plus long au même début est seulement proche', () => {
    expect(levelsOf({ lastName: 'Hamham' }, { lastName: 'HAMHAMMER' }).lastName).toBe('proche');
    expect(levelsOf({ lastName: 'Hamham' }, { lastName: 'HAMHAN' }).lastName).toBe('très proche');
  });

  it('compare aussi les voyelles des noms courts au squelette phonétique trop court', () => {
    expect(levelsOf({ lastName: 'Foma' }, { lastName: 'PHOMA' }).lastName).toMatch(/^variante/);
    expect(levelsOf({ firstName: 'Ranya' }, { firstName: 'RANNIA' }).firstName).toMatch(/^variante/);
    expect(levelsOf({ lastName: 'Sow' }, { lastName: 'SIW' }).lastName).not.toMatch(/^variante/);
    expect(levelsOf({ firstName: 'Ana' }, { firstName: 'Ena' }).firstName).not.toMatch(/^variante/);
  });
});

describe('raccourci par les lettres des noms', () => {
  it('ne dit « différent » que quand le calcul complet le dirait', () => {
    const random = seededRandom(7);
    const names = Object.values(ORIGINS)
      .flatMap((origin) => [...origin.surnames, ...origin.male, ...origin.female])
      .map((name) => canonicalToken(name.toLowerCase()).replace(/[^a-z]/g, ''))
      .filter((name) => name.length > 0);
    const variants = names.flatMap((name) => [name, typo(random, name), typo(random, typo(random, name))]);
    let ruledOut = 0;
    const wrong: string[] = [];
    for (let k = 0; k < 100_000; k++) {
      const a = variants[Math.floor(random() * variants.length)];
      const b = k % 2 ? typo(random, a) : variants[Math.floor(random() * variants.length)];
      if (!apartByShape(lettersOf(a), headOf(a), lettersOf(b), headOf(b))) continue;
      ruledOut++;
      const distance = editDistance(a, b, 2);
      const shortest = Math.min(a.length, b.length);
      if (jaroWinkler(a, b) >= 0.8 || (distance <= 1 && shortest >= 4) || (distance <= 2 && shortest >= 6))
        wrong.push(`${a} / ${b}`);
    }
    expect(wrong).toEqual([]);
    // The shortcut must also be taken: most random pairs of names share little.
    expect(ruledOut).toBeGreaterThan(25_000);
  });
});
