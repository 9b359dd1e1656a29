import { FIELD_KINDS, isFieldKind, type FieldKind } from '../types';
import { UsageError } from './usage-error';

export interface CliArguments {
  command: 'dedupe' | 'link';
  input: string;
  existing?: string;
  output: string;
  idColumn: string;
  clusterColumn: string;
  mappings: { column: string; kind: FieldKind }[];
  threshold?: number;
  explain?: string;
  constraints?: string;
  workers?: number;
}

const VALUE_OPTIONS = new Set([
  '--input',
  '--existing',
  '--output',
  '--id',
  '--map',
  '--threshold',
  '--explain',
  '--constraints',
  '--workers',
  '--cluster-column',
]);

function parseNumber(name: string, text: string): number {
  const value = Number(text.replace(',', '.'));
  if (!Number.isFinite(value)) throw new UsageError(`${name} attend un nombre, reçu « ${text} »`);
  return value;
}

export function parseArguments(argv: readonly string[]): CliArguments {
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('commande manquante : dedupe ou link');
  if (command !== 'dedupe' && command !== 'link')
    throw new UsageError(`commande inconnue « ${command} » (attendu : dedupe ou link)`);
  const values = new Map<string, string[]>();
  for (let k = 0; k < rest.length; k++) {
    const [name, inline] = rest[k].split(/=(.*)/s, 2);
    if (!VALUE_OPTIONS.has(name)) throw new UsageError(`option inconnue « ${rest[k]} »`);
    const value = inline ?? rest[++k];
    if (value === undefined) throw new UsageError(`${name} attend une valeur`);
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  const single = (name: string, required: boolean): string | undefined => {
    const list = values.get(name);
    if (!list && required) throw new UsageError(`${name} est obligatoire`);
    if (list && list.length > 1) throw new UsageError(`${name} est donné plusieurs fois`);
    return list?.[0];
  };
  const mappings = (values.get('--map') ?? []).map((text) => {
    const separator = text.lastIndexOf(':');
    const column = text.slice(0, separator).trim();
    const kind = text.slice(separator + 1).trim();
    if (separator <= 0 || column === '') throw new UsageError(`--map attend colonne:type, reçu « ${text} »`);
    if (!isFieldKind(kind))
      throw new UsageError(
        `type de champ inconnu « ${kind} » dans --map ${text} (types : ${FIELD_KINDS.join(', ')})`,
      );
    return { column, kind };
  });
  if (mappings.length === 0) throw new UsageError('au moins un --map colonne:type est nécessaire');
  const threshold = single('--threshold', false);
  const workers = single('--workers', false);
  return {
    command,
    input: single('--input', true) as string,
    existing: single('--existing', command === 'link'),
    output: single('--output', true) as string,
    idColumn: single('--id', true) as string,
    clusterColumn: single('--cluster-column', false) ?? 'cluster',
    mappings,
    threshold: threshold === undefined ? undefined : parseNumber('--threshold', threshold),
    explain: single('--explain', false),
    constraints: single('--constraints', false),
    workers: workers === undefined ? undefined : parseNumber('--workers', workers),
  };
}
