import { ListQuery, ParsedFilter } from '@pacte/domain';
import type { SqlFragment } from './resource-definition';

/** Collects positional parameters while a statement is built. */
export class Params {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** Inlines a fragment whose own placeholders are numbered from $1. */
  embed(fragment: SqlFragment): string {
    const offset = this.values.length;
    this.values.push(...fragment.params);
    return fragment.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export interface ColumnInfo {
  expression: string;
  isArray: boolean;
  isInstant: boolean;
}

export function filterCondition(filter: ParsedFilter, column: ColumnInfo, params: Params): string {
  const { expression, isArray, isInstant } = column;
  if (isArray) {
    return filter.op === 'in'
      ? `${expression} && ${params.add(filter.value)}`
      : `${params.add(filter.value)} = ANY(${expression})`;
  }
  switch (filter.op) {
    case 'eq':
      return `${expression} = ${params.add(filter.value)}`;
    case 'in':
      return `${expression} = ANY(${params.add(filter.value)})`;
    case 'gte':
      return isInstant
        ? `${expression} >= ${params.add(filter.value)}::date`
        : `${expression} >= ${params.add(filter.value)}`;
    case 'lte':
      // A day bound on an instant includes the whole day.
      return isInstant
        ? `${expression} < ${params.add(filter.value)}::date + 1`
        : `${expression} <= ${params.add(filter.value)}`;
  }
}

/** `q` → every word must appear in the searched text, accents and case ignored. */
export function searchCondition(search: string, q: string, params: Params): string {
  const words = q.split(/\s+/).filter(Boolean).slice(0, 8);
  return words
    .map(
      (word) =>
        `${search} LIKE '%' || f_unaccent(${params.add(word.replace(/[\\%_]/g, (c) => `\\${c}`))}) || '%'`,
    )
    .join(' AND ');
}

export function orderBy(query: ListQuery, sortExpression: string): string {
  return `ORDER BY ${sortExpression} ${query.sort.order}, r.id ${query.sort.order}`;
}
