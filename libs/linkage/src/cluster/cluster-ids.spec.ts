import { createHash } from 'node:crypto';
import { clusterIdFor } from './cluster-ids';

const reference = (id: string) => 'p' + createHash('sha1').update(id).digest('hex').slice(0, 16);

describe('clusterIdFor', () => {
  it('donne le préfixe du SHA-1 de node:crypto, quelle que soit la longueur de l’identifiant', () => {
    const ids = Array.from({ length: 70 }, (_, n) => 'r'.repeat(n) + (n % 10));
    ids.push('', 'R000001', 'src-a/12345', 'x'.repeat(55), 'x'.repeat(56), '~!@# $%^&*()_+{}|:"<>?');
    for (const id of ids) expect(clusterIdFor(id)).toBe(reference(id));
  });

  it('donne le même identifiant que node:crypto hors ASCII', () => {
    for (const id of ['Éloïse-1', 'identifiant-ß', '北京-7', '😀'])
      expect(clusterIdFor(id)).toBe(reference(id));
  });
});
