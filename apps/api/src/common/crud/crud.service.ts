import { contentRange, DomainError, ListQuery, ParsedFilter, parseListQuery } from '@pacte/domain';
import type { QueryConfig } from 'pg';
import { DataSource, EntityManager, EntityMetadata } from 'typeorm';
import { AuditService, diffChanges } from '../../audit/audit.service';
import type { RequestContext } from '../../auth/session-user';
import { ApiError } from '../errors/api-error';
import { ISO_INSTANT_TYPES } from './iso-instants';
import type { ResourceDefinition, SqlFragment } from './resource-definition';
import { ColumnInfo, filterCondition, orderBy, Params, quoteIdent, searchCondition } from './sql';

export type Row = Record<string, unknown> & { id: string; version?: number };
export type Values = Record<string, unknown>;

export interface ListResult {
  rows: Row[];
  total: number;
  contentRange: string;
}

const READ_ONLY = new Set(['id', 'version', 'createdAt', 'updatedAt', 'deletedAt']);

/**
 * The generic implementation of a resource. Services of specific resources extend it and override
 * the hooks (`prepareCreate`, `prepareUpdate`, `beforeRemove`) with their own rules.
 */
export class CrudService {
  protected readonly metadata: EntityMetadata;
  private readonly columns = new Map<string, ColumnInfo>();
  private readonly selectList: string;
  private readonly table: string;

  constructor(
    readonly definition: ResourceDefinition,
    protected readonly dataSource: DataSource,
    protected readonly audit: AuditService,
  ) {
    this.metadata = dataSource.getMetadata(definition.entity);
    this.table = quoteIdent(this.metadata.tableName);
    const selected: string[] = [];
    for (const column of this.metadata.columns) {
      const info = {
        expression: `r.${quoteIdent(column.databaseName)}`,
        isArray: column.isArray,
        isInstant: column.type === 'timestamptz',
      };
      this.columns.set(column.propertyName, info);
      if (column.isSelect && !definition.hidden?.includes(column.propertyName)) {
        selected.push(`${info.expression} AS ${quoteIdent(column.propertyName)}`);
      }
    }
    for (const [property, expression] of Object.entries(definition.computed ?? {})) {
      this.columns.set(property, { expression: `(${expression})`, isArray: false, isInstant: false });
      selected.push(`(${expression}) AS ${quoteIdent(property)}`);
    }
    this.selectList = selected.join(', ');
  }

  get name(): string {
    return this.definition.name;
  }

  // ---- reads -------------------------------------------------------------------------------

  parseQuery(params: { sort?: string; range?: string; filter?: string }): ListQuery {
    return parseListQuery(params, { ...this.definition.list, searchable: Boolean(this.definition.search) });
  }

  /** The list statement for a parsed query, exposed so benchmarks can run the very same SQL. */
  listStatement(
    query: ListQuery,
    ctx: RequestContext,
    derived: readonly SqlFragment[] = [],
  ): { sql: string; params: unknown[] } {
    const params = new Params();
    const where = this.visibleConditions(ctx, params);
    for (const condition of derived) where.push(`(${params.embed(condition)})`);
    for (const filter of query.filters)
      where.push(filterCondition(filter, this.column(filter.field), params));
    if (query.q && this.definition.search)
      where.push(searchCondition(this.definition.search, query.q, params));
    const sql = `SELECT ${this.selectList}, count(*) OVER() AS "__total" FROM ${this.table} r
      WHERE ${where.join(' AND ')} ${orderBy(query, this.column(query.sort.field).expression)}
      LIMIT ${params.add(query.limit)} OFFSET ${params.add(query.offset)}`;
    return { sql, params: params.values };
  }

  async list(
    rawParams: { sort?: string; range?: string; filter?: string },
    ctx: RequestContext,
  ): Promise<ListResult> {
    const { query, derived } = await this.resolveDerivedFilters(this.parseQuery(rawParams), ctx);
    const statement = this.listStatement(query, ctx, derived);
    const raw = await this.read<Row & { __total: string }>(statement.sql, statement.params);
    const total =
      raw.length > 0 ? Number(raw[0].__total) : query.offset > 0 ? await this.count(ctx, query, derived) : 0;
    const rows = raw.map(({ __total: _ignored, ...row }) => this.toResponse(row as Row));
    if (this.definition.personalData && rows.length > 0) {
      await this.audit.recordFor(ctx, {
        action: 'read',
        entityType: this.name,
        details: { ids: rows.map((r) => r.id) },
      });
    }
    return { rows, total, contentRange: contentRange(this.name, query.offset, rows.length, total) };
  }

  async count(ctx: RequestContext, query?: ListQuery, derived: readonly SqlFragment[] = []): Promise<number> {
    const params = new Params();
    const where = this.visibleConditions(ctx, params);
    for (const condition of derived) where.push(`(${params.embed(condition)})`);
    for (const filter of query?.filters ?? [])
      where.push(filterCondition(filter, this.column(filter.field), params));
    if (query?.q && this.definition.search)
      where.push(searchCondition(this.definition.search, query.q, params));
    const rows: Array<{ n: string }> = await this.dataSource.query(
      `SELECT count(*) AS n FROM ${this.table} r WHERE ${where.join(' AND ')}`,
      params.values,
    );
    return Number(rows[0].n);
  }

  /**
   * Filters a service computes itself rather than reading a column (by rules of `@pacte/domain`, say):
   * the SQL condition for one, or null when the filter is an ordinary column filter.
   */
  protected async derivedFilter(_filter: ParsedFilter, _ctx: RequestContext): Promise<SqlFragment | null> {
    return null;
  }

  private async resolveDerivedFilters(
    query: ListQuery,
    ctx: RequestContext,
  ): Promise<{ query: ListQuery; derived: SqlFragment[] }> {
    const derived: SqlFragment[] = [];
    const filters: ParsedFilter[] = [];
    for (const filter of query.filters) {
      const condition = await this.derivedFilter(filter, ctx);
      if (condition) derived.push(condition);
      else filters.push(filter);
    }
    return { query: derived.length > 0 ? { ...query, filters } : query, derived };
  }

  /** GET /:id — an audited read when the resource holds personal data. */
  async get(id: string, ctx: RequestContext): Promise<Row> {
    const row = await this.load(id, ctx);
    if (this.definition.personalData)
      await this.audit.recordFor(ctx, { action: 'read', entityType: this.name, entityId: id });
    return row;
  }

  /**
   * Loads a visible record or fails with 404: a record out of the user's scope does not exist for him.
   * On personal data, such a refusal is audited (the generic layer otherwise audits only the reads
   * that succeed), outside the caller's transaction so that it stays when that one rolls back.
   */
  async load(
    id: string,
    ctx: RequestContext,
    manager: EntityManager = this.dataSource.manager,
    forUpdate = false,
  ): Promise<Row> {
    const params = new Params();
    const where = [...this.visibleConditions(ctx, params), `r.id = ${params.add(id)}`];
    const rows: Row[] = await manager.query(
      `SELECT ${this.selectList} FROM ${this.table} r WHERE ${where.join(' AND ')}${forUpdate ? ' FOR UPDATE OF r' : ''}`,
      params.values,
    );
    if (!rows[0]) {
      if (this.definition.personalData && this.definition.scope?.(ctx.user)) await this.auditRefusal(id, ctx);
      throw ApiError.notFound(this.definition.label);
    }
    return this.toResponse(rows[0]);
  }

  /** A scoped user asked for a record he may not see: says whether it exists at all, nothing more. */
  private async auditRefusal(id: string, ctx: RequestContext): Promise<void> {
    const exists: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM ${this.table} r WHERE r.id = $1${this.definition.softDelete ? ' AND r.deleted_at IS NULL' : ''}`,
      [id],
    );
    await this.audit.recordFor(ctx, {
      action: 'permission_denied',
      entityType: this.name,
      entityId: id,
      details: { refused: true, reason: exists.length > 0 ? 'out_of_scope' : 'not_found' },
    });
  }

  /**
   * Hot read path for rows that go straight to JSON: the driver's pool without TypeORM's per-query
   * runner, and instants read as ISO text instead of Dates.
   */
  protected async read<T>(sql: string, params: unknown[]): Promise<T[]> {
    const pool = (
      this.dataSource.driver as unknown as {
        master: { query(config: QueryConfig): Promise<{ rows: T[] }> };
      }
    ).master;
    return (await pool.query({ text: sql, values: params, types: ISO_INSTANT_TYPES })).rows;
  }

  // ---- writes ------------------------------------------------------------------------------

  async create(input: object, ctx: RequestContext): Promise<Row> {
    return this.dataSource.transaction(async (manager) => {
      const values = await this.prepareCreate(this.editable(input), ctx, manager);
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(this.definition.entity)
        .values(values)
        .execute();
      const id = String(result.identifiers[0].id);
      await this.audit.recordFor(
        ctx,
        {
          action: 'create',
          entityType: this.name,
          entityId: id,
          changes: diffChanges(null, values, this.definition.masked),
        },
        manager,
      );
      return this.load(id, ctx, manager);
    });
  }

  async update(id: string, input: object & { version?: number }, ctx: RequestContext): Promise<Row> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.load(id, ctx, manager, true);
      if (input.version === undefined || input.version !== current.version) throw ApiError.stale();
      const values = await this.prepareUpdate(this.editable(input), current, ctx, manager);
      const changes = diffChanges(current, values, this.definition.masked);
      if (Object.keys(changes).length === 0) return current;
      const changed = Object.fromEntries(Object.keys(changes).map((field) => [field, values[field]]));
      await manager
        .createQueryBuilder()
        .update(this.definition.entity)
        .set(changed)
        .where('id = :id', { id })
        .execute();
      await this.audit.recordFor(
        ctx,
        { action: 'update', entityType: this.name, entityId: id, changes },
        manager,
      );
      return this.load(id, ctx, manager);
    });
  }

  async remove(id: string, ctx: RequestContext): Promise<Row> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.load(id, ctx, manager, true);
      await this.beforeRemove(current, ctx, manager);
      if (this.definition.softDelete) {
        await manager.query(
          `UPDATE ${this.table} SET deleted_at = now(), version = version + 1, updated_at = now() WHERE id = $1`,
          [id],
        );
      } else {
        await manager.query(`DELETE FROM ${this.table} WHERE id = $1`, [id]);
      }
      await this.audit.recordFor(
        ctx,
        {
          action: 'delete',
          entityType: this.name,
          entityId: id,
          details: { softDelete: Boolean(this.definition.softDelete) },
        },
        manager,
      );
      return current;
    });
  }

  // ---- hooks for specific resources --------------------------------------------------------

  protected async prepareCreate(
    values: Values,
    _ctx: RequestContext,
    manager: EntityManager,
  ): Promise<Values> {
    return this.checked(values, {}, manager);
  }

  protected async prepareUpdate(
    values: Values,
    current: Row,
    _ctx: RequestContext,
    manager: EntityManager,
  ): Promise<Values> {
    return this.checked(values, current, manager);
  }

  /**
   * The resource's rules on the record as it will be (`current` + `values`; `current` is empty on
   * create), for both create and update. Returns the values to write.
   */
  protected async checked(values: Values, _current: Values, _manager: EntityManager): Promise<Values> {
    return values;
  }

  protected async beforeRemove(_current: Row, _ctx: RequestContext, _manager: EntityManager): Promise<void> {}

  protected toResponse(row: Row): Row {
    return row;
  }

  // ---- helpers -----------------------------------------------------------------------------

  private visibleConditions(ctx: RequestContext, params: Params): string[] {
    const where = ['TRUE'];
    if (this.definition.softDelete) where.push('r.deleted_at IS NULL');
    const scope = this.definition.scope?.(ctx.user);
    if (scope) where.push(`(${params.embed(scope)})`);
    return where;
  }

  private column(property: string): ColumnInfo {
    const column = this.columns.get(property);
    if (!column)
      throw new DomainError('INVALID_QUERY', `Champ inconnu : « ${property} ».`, [
        { field: property, message: 'Champ inconnu.' },
      ]);
    return column;
  }

  /** The DTO's own fields that map to writable columns (validation already refused unknown ones). */
  private editable(input: object): Values {
    return Object.fromEntries(
      Object.entries(input).filter(
        ([key, value]) =>
          value !== undefined && !READ_ONLY.has(key) && this.metadata.findColumnWithPropertyName(key),
      ),
    );
  }
}
