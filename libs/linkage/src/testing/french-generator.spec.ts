import { generateFrenchDataset, geographyFor } from './french-generator';
import { FRANCE } from './geography';

const departmentOf = (postcode: string | undefined) => (postcode ?? '').slice(0, 2);

describe('géographie du générateur français', () => {
  it('met un mois de fichiers d’un département dans l’agglomération dijonnaise', () => {
    const { records } = generateFrenchDataset(2000, 5);
    const outside = records.filter((r) => departmentOf(r.fields.postcode) !== '21').length;
    // Only the street addresses in Lyon or Paris (two entries in twelve of the communes list).
    expect(outside / records.length).toBeGreaterThan(0.05);
    expect(outside / records.length).toBeLessThan(0.15);
    expect(geographyFor(20_000)).toBe('department');
    expect(geographyFor(20_001)).toBe('france');
  });

  it('répartit un fichier national sur les départements, chaque personne surtout dans le sien', () => {
    const { records, truth } = generateFrenchDataset(30_000, 5);
    const seen = new Set(records.map((r) => departmentOf(r.fields.postcode)));
    expect(seen.size).toBeGreaterThan(80);
    expect(FRANCE.reduce((sum, d) => sum + d.weight, 0)).toBeCloseTo(1, 10);
    // Share of records in the département where most of the person's records are.
    const byPerson = new Map<string, string[]>();
    truth.forEach((person, i) =>
      byPerson.set(person, [...(byPerson.get(person) ?? []), departmentOf(records[i].fields.postcode)]),
    );
    let home = 0;
    for (const departments of byPerson.values()) {
      const counts = new Map<string, number>();
      for (const d of departments) counts.set(d, (counts.get(d) ?? 0) + 1);
      home += Math.max(...counts.values());
    }
    expect(home / records.length).toBeGreaterThan(0.9);
    expect(home / records.length).toBeLessThan(0.99);
    const paris = records.filter((r) => departmentOf(r.fields.postcode) === '75').length / records.length;
    expect(paris).toBeGreaterThan(0.04);
    expect(paris).toBeLessThan(0.1);
  });

  it('donne les mêmes données pour la même graine', () => {
    expect(generateFrenchDataset(25_000, 9)).toEqual(generateFrenchDataset(25_000, 9));
  });
});
