import type { SortPayload } from 'react-admin';

/** What the admin must know about a resource's API contract beyond ra-data-simple-rest. */
export interface ResourceSpec {
  /** Fields the API accepts in `sort`; any other sort (e.g. react-admin's default `id`) falls back to `defaultSort`. */
  sortable: readonly string[];
  defaultSort: SortPayload;
  /** Fields sent on POST; everything else in the form (read-only, derived) is stripped. */
  createFields?: readonly string[];
  /** Fields sent on PUT, together with `version` for optimistic locking. */
  updateFields?: readonly string[];
}

export function pick(data: Record<string, unknown>, fields: readonly string[], dropEmpty: boolean) {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = data[field];
    if (value === undefined) continue;
    if (dropEmpty && (value === null || value === '')) continue;
    out[field] = value === '' ? null : value;
  }
  return out;
}
