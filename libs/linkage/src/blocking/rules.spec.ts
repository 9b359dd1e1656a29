import { modelFieldsFor } from '../compare/comparator';
import { PairShare } from '../engine/pair-share';
import { prepareRecords } from '../normalize/prepare';
import type { LinkageRecord } from '../types';
import { candidatePairs } from './candidates';
import { BLOCKING_RULES } from './rules';

function record(
  id: string,
  firstName: string,
  lastName: string,
  birthDate = '',
  place: LinkageRecord['fields'] = {},
): LinkageRecord {
  return { id, fields: { firstName, lastName, birthDate, ...place } };
}

/** Whether blocking proposes the pair of records a and b among `others`. */
function compared(a: LinkageRecord, b: LinkageRecord, others: LinkageRecord[] = []): boolean {
  const records = [a, b, ...others];
  const { left, right } = candidatePairs(prepareRecords(records), { maxBlockSize: 50, windowSize: 10 });
  for (let k = 0; k < left.length; k++) if (left[k] === 0 && right[k] === 1) return true;
  return false;
}

const crowd = [
  record('o1', 'Paul', 'Durand', '1966-01-08'),
  record('o2', 'Samir', 'Benali', '1970-03-02'),
  record('o3', 'Léa', 'Tahar', '1963-05-09'),
];

describe('règles de blocage', () => {
  it('compare deux dates complètes dont seule l’année diffère (un chiffre, ou l’âge à un an près)', () => {
    const a = record('a', 'Samyr', 'Tahbenhamouz', '08/01/1966');
    expect(compared(a, record('b', 'SAMYR', 'TAHBENHAMOUZ', '19630108'), crowd)).toBe(true);
    // Last name with a slip: the first name, the day and the month still meet.
    expect(compared(a, record('b', 'SAMYR', 'TAHBENHAMOUS', '1965-01-08'), crowd)).toBe(true);
  });

  it('ne compare pas au titre de ces règles deux personnes nées le même jour d’années différentes sans nom commun', () => {
    expect(
      compared(
        record('a', 'Samyr', 'Tahbenhamouz', '08/01/1966'),
        record('b', 'Jean', 'Martin', '08/01/1975'),
      ),
    ).toBe(false);
  });

  it('lit un c initial aussi comme un k (Cedach / Kedach, Chaham / Khaham)', () => {
    expect(
      compared(record('a', 'Redouane', 'Chaham'), record('b', 'REDOUANE', 'KHAHAM', '1973-07-03'), crowd),
    ).toBe(true);
    expect(
      compared(record('a', 'Hafsa', 'Cedach'), record('b', 'HAFSA', 'KEDACH', '1994-06-21'), crowd),
    ).toBe(true);
  });

  it('borne les comparaisons d’un bloc trop grand à un voisinage trié par nom puis prénom', () => {
    // 60 Martin born in 1980 on different days: one block of the "name + year" rule, over 50. Record
    // k's given name comes at position (7k mod 60) in alphabetical order, not at k.
    const position = (k: number) => (7 * k) % 60;
    const letters = (n: number) => String.fromCharCode(97 + Math.floor(n / 26), 97 + (n % 26));
    const day = (k: number) => new Date(Date.UTC(1980, 0, 2 + k)).toISOString().slice(0, 10);
    const records = Array.from({ length: 60 }, (_, k) =>
      record(`r${k}`, `Ab${letters(position(k))}o`, 'Martin', day(k)),
    );
    const { left, right, rules, ruleMask } = candidatePairs(prepareRecords(records), {
      maxBlockSize: 50,
      windowSize: 10,
    });
    expect(rules[0]).toMatchObject({ cappedBlocks: 1, largestBlock: 60 });
    // The pairs of that rule (others may pair given names that sound alike): ten neighbours each way.
    const pairs = new Set(Array.from(left, (l, k) => `${l}-${right[k]}`).filter((_, k) => ruleMask[k] & 1));
    for (let a = 0; a < 60; a++) {
      for (let b = a + 1; b < 60; b++) {
        expect([a, b, pairs.has(`${a}-${b}`)]).toEqual([a, b, Math.abs(position(a) - position(b)) <= 10]);
      }
    }
  });

  it.each([
    [
      'noms inversés, nées la même année à un autre jour',
      ['Harris', 'Matilda', '1983-04-30'],
      ['Matilda', 'Harris', '1983-03-03'],
      true,
    ],
    [
      'une fiche sans nom de famille : par son prénom et son année',
      ['Julia', '', '2015-10-29'],
      ['Julia', 'Taylor', '2015-07-31'],
      true,
    ],
    [
      'une fiche sans aucun nom : par sa date complète',
      ['', '', '1983-11-16'],
      ['Elliot', 'Jones', '1983-11-16'],
      true,
    ],
    // With both names, neither of the last two rules applies.
    [
      'deux Julia de la même année, aux noms de famille différents',
      ['Julia', 'Andrieu', '2015-10-29'],
      ['Julia', 'Taylor', '2015-07-31'],
      false,
    ],
  ] as const)('compare ou non : %s', (_, [af, al, ad], [bf, bl, bd], expected) => {
    expect(compared(record('a', af, al, ad), record('b', bf, bl, bd), crowd)).toBe(expected);
  });

  describe('département', () => {
    // Malika Guerfi and Malika Gerfi, without a date, in Marseille. Elsewhere, 60 Guerfi whose given
    // names sort before Malika and 60 Malika whose family names sort between Gerfi and Guerfi: both
    // nationwide blocks are capped and their sorted windows do not reach from one to the other.
    const letters = (n: number) => String.fromCharCode(97 + Math.floor(n / 26), 97 + (n % 26));
    const marseille = { postcode: '13007', city: 'Marseille' };
    function file(paris: LinkageRecord['fields'], lyon: LinkageRecord['fields']) {
      const crowd = Array.from({ length: 60 }, (_, k) => [
        record(`g${k}`, `Maa${letters(k)}`, 'Guerfi', '', paris),
        record(`m${k}`, 'Malika', `Gi${letters(k)}a`, '', lyon),
      ]).flat();
      const records = [
        record('a', 'Malika', 'Guerfi', '', marseille),
        record('b', 'MALIKA', 'GERFI', '', marseille),
        ...crowd,
      ];
      return candidatePairs(prepareRecords(records), { maxBlockSize: 50, windowSize: 10 });
    }
    const rule = BLOCKING_RULES.findIndex((r) =>
      r.name.startsWith('un nom phonétique + initiale phonétique de l’autre + département'),
    );

    it('compare en entier, dans son département, un bloc sans date trop grand pour le pays', () => {
      const { left, right, ruleMask } = file(
        { postcode: '75018', city: 'Paris' },
        { postcode: '69003', city: 'Lyon' },
      );
      const k = Array.from(left).findIndex((l, n) => l === 0 && right[n] === 1);
      expect(k).toBeGreaterThanOrEqual(0);
      expect(ruleMask[k]).toBe(1 << rule);
    });

    it('n’émet rien pour le fichier d’un seul département (ses blocs seraient ceux de la règle sans lui)', () => {
      expect(file(marseille, marseille).rules[rule].pairs).toBe(0);
      expect(file({ postcode: '75018' }, { postcode: '69003' }).rules[rule].pairs).toBeGreaterThan(0);
    });
  });

  it('tient dans les 4 bits de règle du tampon de paires', () => {
    expect(BLOCKING_RULES.length).toBeLessThanOrEqual(16);
  });

  describe('téléphone et courriel', () => {
    const awa = record('a', 'Awa', 'Diallo', '1990-03-14', {
      phone: '06 12 34 56 78',
      email: 'awa.d@exemple.fr',
    });
    // Another given name and another date (a namesake's, or a mistyped one): only the phone or the e-mail meets.
    const other = (fields: LinkageRecord['fields']) =>
      record('b', 'Fatoumata', 'Diallo', '1979-06-30', fields);

    it('compare deux fiches au même numéro ou au même courriel, sans que le numéro entraîne le modèle', () => {
      expect(compared(awa, other({ phone: '+33 6 12 34 56 78' }), crowd)).toBe(true);
      expect(compared(awa, other({ email: 'AWA.D@exemple.fr' }), crowd)).toBe(true);
      const data = prepareRecords([awa, other({ phone: '0612345678' }), ...crowd]);
      const share = new PairShare(data, modelFieldsFor(data.kinds), 0, 1);
      expect(share.block({ maxBlockSize: 50, windowSize: 10 }).pairs).toBe(1);
      expect(share.compare().trainingPairs).toBe(0);
    });

    it('ignore le numéro d’un standard partagé par plus de 20 fiches', () => {
      const switchboard = { phone: '03 80 00 00 01' };
      const residents = Array.from({ length: 20 }, (_, k) =>
        record(`s${k}`, `Prénom${k}`, `Nom${k}`, `19${50 + k}-02-03`, switchboard),
      );
      const a = { ...awa, fields: { ...awa.fields, ...switchboard } };
      expect(compared(a, other(switchboard), crowd)).toBe(true);
      expect(compared(a, other(switchboard), [...crowd, ...residents])).toBe(false);
    });
  });

  describe('adresse', () => {
    const home = { address: '50 nicklin crescent', postcode: '2144', city: 'bayswater' };
    const lucas = record('a', 'Lucas', 'McCarthy', '1960-11-01', home);
    // The date replaced by another: no date rule can find the pair.
    const sameHome = record('b', 'LUCAS', 'MCCARTHY', '1992-09-12', home);
    const residents = Array.from({ length: 20 }, (_, k) =>
      record(`n${k}`, `Prénom${k}`, `Nom${k}`, `19${50 + k}-02-03`, home),
    );

    it('compare deux fiches à la même adresse personnelle dont la date diffère entièrement', () => {
      expect(compared(lucas, sameHome, crowd)).toBe(true);
    });

    it('ne le fait pas à une adresse collective (plus de 20 fiches : foyer, domiciliation)', () => {
      expect(compared(lucas, sameHome, [...crowd, ...residents])).toBe(false);
    });

    it('compare deux fiches nées le même jour à la même adresse personnelle, les deux noms mal tapés', () => {
      const garbled = record('b', 'Sacul', 'Yhtraccm', '1960-11-01', home);
      expect(compared(lucas, garbled, crowd)).toBe(true);
      expect(
        compared(lucas, { ...garbled, fields: { ...garbled.fields, birthDate: '1960-11-02' } }, crowd),
      ).toBe(false);
    });

    it('compare au même code postal et numéro de voie un nom de famille changé et une adresse mal tapée', () => {
      const madeline = record('a', 'Madeline', 'Mason', '1976-12-31', {
        streetNumber: '7',
        address: 'dixon drive',
        postcode: '2280',
      });
      const married = record('b', 'MADELNE', 'BIRCHBY', '1976-02-28', {
        streetNumber: '7',
        address: 'dixonddrive',
        postcode: '2280',
      });
      expect(compared(madeline, married, crowd)).toBe(true);
      expect(
        compared(madeline, { ...married, fields: { ...married.fields, streetNumber: '9' } }, crowd),
      ).toBe(false);
    });

    it('ne fait pas apprendre le modèle sur les paires que seules les règles d’adresse proposent', () => {
      const data = prepareRecords([lucas, sameHome, ...crowd]);
      const share = new PairShare(data, modelFieldsFor(data.kinds), 0, 1);
      const blocked = share.block({ maxBlockSize: 50, windowSize: 10 });
      expect(blocked.pairs).toBe(1);
      expect(share.compare()).toMatchObject({ trainingPairs: 0, codes: new Uint32Array(0) });
    });
  });
});
