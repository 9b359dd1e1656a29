import { DomainError } from '../errors';

/** The `ra-data-simple-rest` list contract, parsed once into a typed object. */
export type SortOrder = 'ASC' | 'DESC';
export type FilterType = 'uuid' | 'string' | 'boolean' | 'integer' | 'date' | 'enum';
export type FilterOp = 'eq' | 'in' | 'gte' | 'lte';

export interface FilterSpec {
  type: FilterType;
  /** Allowed values of an enum filter. */
  values?: readonly string[];
  /** Allow `<name>_gte` / `<name>_lte` bounds (dates, integers). */
  range?: boolean;
}

export interface ListSpec {
  sortable: readonly string[];
  defaultSort: readonly [string, SortOrder];
  filters: Readonly<Record<string, FilterSpec>>;
  /** Whether `q` (accent- and case-insensitive search) is accepted. */
  searchable: boolean;
  maxPageSize?: number;
}

export interface ParsedFilter {
  field: string;
  op: FilterOp;
  value: string | number | boolean | Array<string | number>;
}

export interface ListQuery {
  sort: { field: string; order: SortOrder };
  offset: number;
  limit: number;
  filters: ParsedFilter[];
  q?: string;
}

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function fail(field: string, message: string): never {
  throw new DomainError('INVALID_QUERY', message, [{ field, message }]);
}

function parseJson(param: string, raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return fail(param, `Le paramètre « ${param} » n'est pas un JSON valide.`);
  }
}

function parseSort(raw: string | undefined, spec: ListSpec): ListQuery['sort'] {
  if (raw === undefined) return { field: spec.defaultSort[0], order: spec.defaultSort[1] };
  const value = parseJson('sort', raw);
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string') {
    fail('sort', 'Le tri doit être de la forme ["champ","ASC"] ou ["champ","DESC"].');
  }
  const [field, order] = value as [string, unknown];
  if (!spec.sortable.includes(field)) fail('sort', `Tri impossible sur le champ « ${field} ».`);
  const upper = typeof order === 'string' ? order.toUpperCase() : '';
  if (upper !== 'ASC' && upper !== 'DESC') fail('sort', 'Le sens du tri doit être ASC ou DESC.');
  return { field, order: upper };
}

function parseRange(raw: string | undefined, maxPageSize: number): Pick<ListQuery, 'offset' | 'limit'> {
  if (raw === undefined) return { offset: 0, limit: DEFAULT_PAGE_SIZE };
  const value = parseJson('range', raw);
  if (!Array.isArray(value) || value.length !== 2 || !value.every((n) => Number.isInteger(n) && n >= 0)) {
    fail('range', 'La plage doit être de la forme [début,fin] avec des entiers positifs.');
  }
  const [start, end] = value as [number, number];
  if (end < start) fail('range', 'La fin de la plage précède son début.');
  const limit = end - start + 1;
  if (limit > maxPageSize) fail('range', `Une page ne peut dépasser ${maxPageSize} éléments.`);
  return { offset: start, limit };
}

function coerce(field: string, spec: FilterSpec, value: unknown): string | number | boolean {
  const bad = (what: string): never => fail(field, `Le filtre « ${field} » attend ${what}.`);
  switch (spec.type) {
    case 'uuid':
      return typeof value === 'string' && UUID.test(value)
        ? value.toLowerCase()
        : bad('un identifiant valide');
    case 'string':
      return typeof value === 'string' || typeof value === 'number' ? String(value) : bad('un texte');
    case 'boolean':
      if (typeof value === 'boolean') return value;
      return value === 'true' ? true : value === 'false' ? false : bad('vrai ou faux');
    case 'integer': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      return typeof n === 'number' && Number.isSafeInteger(n) ? n : bad('un nombre entier');
    }
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))
        ? value
        : bad('une date AAAA-MM-JJ');
    case 'enum':
      return typeof value === 'string' && (spec.values ?? []).includes(value)
        ? value
        : bad(`l'une des valeurs : ${(spec.values ?? []).join(', ')}`);
  }
}

function parseFilter(raw: string | undefined, spec: ListSpec): Pick<ListQuery, 'filters' | 'q'> {
  if (raw === undefined) return { filters: [] };
  const value = parseJson('filter', raw);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail('filter', 'Le filtre doit être un objet JSON.');
  }
  const filters: ParsedFilter[] = [];
  let q: string | undefined;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (key === 'q') {
      if (!spec.searchable) fail('q', "La recherche libre n'est pas disponible ici.");
      if (typeof v !== 'string') fail('q', 'La recherche doit être un texte.');
      if (v.length > 200) fail('q', 'La recherche est trop longue (200 caractères au plus).');
      q = v.trim() || undefined;
      continue;
    }
    const bound = /^(.+)_(gte|lte)$/.exec(key);
    const field = bound && spec.filters[bound[1]]?.range ? bound[1] : key;
    const fieldSpec = spec.filters[field];
    if (!fieldSpec) fail('filter', `Filtre inconnu : « ${key} ».`);
    if (bound && field === bound[1]) {
      filters.push({ field, op: bound[2] as FilterOp, value: coerce(key, fieldSpec, v) });
    } else if (Array.isArray(v)) {
      if (v.length > MAX_PAGE_SIZE) fail(key, `Au plus ${MAX_PAGE_SIZE} valeurs par filtre.`);
      filters.push({
        field,
        op: 'in',
        value: v.map((item) => coerce(key, fieldSpec, item)) as Array<string | number>,
      });
    } else {
      filters.push({ field, op: 'eq', value: coerce(key, fieldSpec, v) });
    }
  }
  return { filters, q };
}

export function parseListQuery(
  params: { sort?: string; range?: string; filter?: string },
  spec: ListSpec,
): ListQuery {
  return {
    sort: parseSort(params.sort, spec),
    ...parseRange(params.range, spec.maxPageSize ?? MAX_PAGE_SIZE),
    ...parseFilter(params.filter, spec),
  };
}

/** `Content-Range: <resource> <start>-<end>/<total>` as `ra-data-simple-rest` reads it. */
export function contentRange(resource: string, offset: number, count: number, total: number): string {
  const end = count === 0 ? offset : offset + count - 1;
  return `${resource} ${offset}-${end}/${total}`;
}
