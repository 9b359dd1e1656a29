import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../../../..');
const register = path.join(root, 'tools/register.cjs');
const main = path.join(__dirname, 'main.ts');
const dir = mkdtempSync(path.join(tmpdir(), 'linkage-cli-'));

function file(name: string, content: string | Buffer): string {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
}

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['-r', register, main, ...args], { cwd: root, encoding: 'utf8' });
}

const good = file(
  'good.csv',
  'rec_id;prenom;nom;ddn\na1;Jean-Pierre;DUPONT;01/02/1980\na2;Jean Pierre;Dupont;1980-02-01\na3;Fatima;Diallo;\n',
);
const baseArgs = (input: string, output: string) => [
  'dedupe',
  '--input',
  input,
  '--id',
  'rec_id',
  '--map',
  'prenom:firstName',
  '--map',
  'nom:lastName',
  '--output',
  output,
];

describe('CLI linkage', () => {
  it('écrit id,cluster pour chaque enregistrement, lit le Windows-1252', () => {
    const latin1 = file(
      'latin1.csv',
      Buffer.from('rec_id,prenom,nom\nb1,Hélène,Lefèvre\nb2,HELENE,LEFEVRE\n', 'latin1'),
    );
    const output = path.join(dir, 'out.csv');
    const run = cli(...baseArgs(latin1, output));
    expect(run.status).toBe(0);
    const lines = readFileSync(output, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('id,cluster');
    expect(lines.map((l) => l.split(',')[0]).slice(1)).toEqual(['b1', 'b2']);
    expect(run.stderr).toMatch(/comparaisons/);
  });

  it('lit la clé de ménage et l’explique, paire par paire', () => {
    const families = file(
      'families.csv',
      [
        'rec_id;prenom;nom;ddn;menage',
        'c1;Mamadou;Coulibaly;12/03/1960;115-1',
        'c2;Awa;Coulibaly;;115-1',
        'c3;Mamadou;Coulibaly;1960-03-12;CHRS-1',
        'c4;Awa;Coulibaly;1962-05-04;CHRS-1',
        'c5;Awa;Coulibaly;1990-07-08;CHRS-2',
        'c6;Oumar;Coulibaly;1989-01-01;CHRS-2',
      ].join('\n'),
    );
    const output = path.join(dir, 'families-out.csv');
    const pairs = path.join(dir, 'families-pairs.csv');
    const run = cli(
      ...baseArgs(families, output),
      '--map',
      'ddn:birthDate',
      '--map',
      'menage:household',
      '--explain',
      pairs,
    );
    expect(run.status).toBe(0);
    expect(readFileSync(output, 'utf8').trim().split('\n')).toHaveLength(7);
    expect(run.stderr).toMatch(/membres d’un ménage, ou de deux ménages reliés/);
    expect(readFileSync(pairs, 'utf8')).toMatch(/Ménage : /);
  });

  it.each([
    [
      'colonne absente',
      () => baseArgs(good, path.join(dir, 'x1.csv')).concat('--map', 'inconnue:city'),
      /colonne « inconnue »/,
    ],
    [
      'fichier illisible',
      () => baseArgs(path.join(dir, 'absent.csv'), path.join(dir, 'x2.csv')),
      /fichier illisible/,
    ],
    [
      'type inconnu',
      () => baseArgs(good, path.join(dir, 'x3.csv')).concat('--map', 'ddn:naissance'),
      /type de champ inconnu/,
    ],
    ['fichier vide', () => baseArgs(file('empty.csv', ''), path.join(dir, 'x4.csv')), /fichier vide/],
    [
      'ids en double',
      () => baseArgs(file('dup.csv', 'rec_id,prenom,nom\na,x,y\na,z,w\n'), path.join(dir, 'x5.csv')),
      /identifiant en double « a »/,
    ],
    [
      'guillemet jamais fermé',
      () => baseArgs(file('quote.csv', 'rec_id,prenom,nom\na,"x,y\nb,z,w\n'), path.join(dir, 'x6.csv')),
      /CSV mal formé : .*guillemet ouvert ligne 2 et jamais fermé/,
    ],
    [
      'plus de valeurs que de colonnes',
      () => baseArgs(file('ragged.csv', 'rec_id,prenom,nom\na,x,y\nb,z,w,v\n'), path.join(dir, 'x7.csv')),
      /CSV mal formé : .*ligne 3 : 4 valeurs pour 3 colonnes/,
    ],
    [
      'colonne en double',
      () => baseArgs(file('twice.csv', 'rec_id,prenom,prenom,nom\na,x,y,z\n'), path.join(dir, 'x8.csv')),
      /colonne « prenom » en double/,
    ],
  ])('%s : une ligne d’erreur, code 2, pas de fichier de sortie', (_name, args, message) => {
    const argv = args();
    const output = argv[argv.indexOf('--output') + 1];
    const run = cli(...argv);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^linkage: erreur : /);
    expect(run.stderr).toMatch(message);
    expect(existsSync(output)).toBe(false);
  });
});
