import type { ListSpec, Resource } from '@pacte/domain';
import type { SessionUser } from '../../auth/session-user';

/** A SQL condition on the resource's alias `r`, with its parameters (numbered from $1 within the fragment). */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/**
 * Everything a resource declares about itself; the generic layer does the rest
 * (simple-rest contract, search, paging, count, optimistic locking, soft delete, audit, scoping).
 */
export interface ResourceDefinition {
  name: Resource | string;
  /** The matrix resource guarding it, when it is a part of another (an amendment is guarded by `agreements`). Default: `name`. */
  permission?: Resource;
  /** The TypeORM entity: table and property → column mapping come from its metadata. */
  entity: abstract new () => object;
  list: Omit<ListSpec, 'searchable'>;
  /** SQL text searched by `q` (accent- and case-insensitive), on alias `r`; lower-cased and unaccented. */
  search?: string;
  /** Removal sets `deleted_at`, the row stays for history. */
  softDelete?: boolean;
  /** Reading a record is an audited read of personal data. */
  personalData?: boolean;
  /** Properties never returned (besides columns declared `select: false`). */
  hidden?: readonly string[];
  /** Properties whose values the audit trail masks. */
  masked?: readonly string[];
  /** Read-only computed properties: property → SQL expression on `r`. */
  computed?: Readonly<Record<string, string>>;
  /** Restricts what a user may see or change (organisation scoping), enforced in every query. */
  scope?: (user: SessionUser) => SqlFragment | null;
  /** Label used in French messages, e.g. « Organisation ». */
  label: string;
  /** Key type; `uuid` unless said otherwise. */
  idType?: 'uuid' | 'bigint';
}
