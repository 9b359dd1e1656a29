import { CsvError, parseCsv } from './parse-csv';

describe('parseCsv', () => {
  it('lit les valeurs entre guillemets sur plusieurs lignes et note la ligne de chaque enregistrement', () => {
    const table = parseCsv('id;a;b\r\n1;"x\ny";z\r\n\r\n2;"p ""q""";r;\n3;s\n');
    expect(table.delimiter).toBe(';');
    expect(table.header).toEqual(['id', 'a', 'b']);
    expect(table.rows).toEqual([
      ['1', 'x\ny', 'z'],
      ['2', 'p "q"', 'r', ''],
      ['3', 's'],
    ]);
    expect(table.lines).toEqual([2, 5, 6]);
  });

  it('refuse un guillemet jamais fermé, qui avalerait la fin du fichier', () => {
    expect(() => parseCsv('id,a\n1,x\n2,"y\n3,z\n')).toThrow(
      new CsvError('guillemet ouvert ligne 3 et jamais fermé'),
    );
  });

  it('refuse une ligne qui a plus de valeurs que d’en-têtes, pas un séparateur final vide', () => {
    expect(() => parseCsv('id,a\n1,x\n2,y,z\n')).toThrow(new CsvError('ligne 3 : 3 valeurs pour 2 colonnes'));
    expect(parseCsv('id,a\n1,x,\n').rows).toEqual([['1', 'x', '']]);
  });
});
