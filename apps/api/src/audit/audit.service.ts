import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../auth/session-user';
import type { AuditAction } from './audit-event.entity';

export interface AuditEntry {
  action: AuditAction;
  entityType?: string | null;
  entityId?: string | null;
  changes?: Record<string, { before: unknown; after: unknown }> | null;
  details?: Record<string, unknown> | null;
  actorId?: string | null;
  actorEmail?: string | null;
  actorOrganisationId?: string | null;
  requestId?: string | null;
  ip?: string | null;
}

const COLUMNS = [
  'actor_id',
  'actor_email',
  'actor_organisation_id',
  'action',
  'entity_type',
  'entity_id',
  'changes',
  'details',
  'request_id',
  'ip',
];

function rowOf(entry: AuditEntry): unknown[] {
  return [
    entry.actorId ?? null,
    entry.actorEmail ?? null,
    entry.actorOrganisationId ?? null,
    entry.action,
    entry.entityType ?? null,
    entry.entityId ?? null,
    entry.changes ? JSON.stringify(entry.changes) : null,
    entry.details ? JSON.stringify(entry.details) : null,
    entry.requestId ?? null,
    entry.ip ?? null,
  ];
}

function insertSql(count: number): string {
  const placeholders = Array.from(
    { length: count },
    (_, i) => `(${COLUMNS.map((_, j) => `$${i * COLUMNS.length + j + 1}`).join(', ')})`,
  );
  return `INSERT INTO audit_events (${COLUMNS.join(', ')}) VALUES ${placeholders.join(', ')}`;
}

interface Pending {
  entry: AuditEntry;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Writes the audit trail. Inside a business transaction the event is written by that transaction
 * (both commit or neither). Outside one (reads, logins) events are grouped: concurrent requests
 * share one INSERT and one commit, and each request waits until its event is durable.
 */
@Injectable()
export class AuditService implements OnApplicationShutdown {
  private queue: Pending[] = [];
  private flushing: Promise<void> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  static actorOf(
    ctx: RequestContext,
  ): Pick<AuditEntry, 'actorId' | 'actorEmail' | 'actorOrganisationId' | 'requestId' | 'ip'> {
    return {
      actorId: ctx.user.id,
      actorEmail: ctx.user.email,
      actorOrganisationId: ctx.user.organisationId,
      requestId: ctx.requestId,
      ip: ctx.ip,
    };
  }

  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    if (manager) {
      await manager.query(insertSql(1), rowOf(entry));
      return;
    }
    await new Promise<void>((resolve, reject) => {
      this.queue.push({ entry, resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  recordFor(
    ctx: RequestContext,
    entry: Omit<AuditEntry, 'actorId' | 'actorEmail' | 'actorOrganisationId' | 'requestId' | 'ip'>,
    manager?: EntityManager,
  ): Promise<void> {
    return this.record({ ...AuditService.actorOf(ctx), ...entry }, manager);
  }

  private async flush(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, 500);
        try {
          await this.dataSource.query(
            insertSql(batch.length),
            batch.flatMap((p) => rowOf(p.entry)),
          );
          batch.forEach((p) => p.resolve());
        } catch (error) {
          batch.forEach((p) => p.reject(error));
        }
      }
    } finally {
      this.flushing = null;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flushing;
  }
}

/** Field-level before/after of a change, with secrets masked. */
export function diffChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
  masked: readonly string[] = [],
): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const [field, value] of Object.entries(after)) {
    const previous = before ? before[field] : null;
    if (JSON.stringify(previous ?? null) === JSON.stringify(value ?? null)) continue;
    changes[field] = masked.includes(field)
      ? { before: '***', after: '***' }
      : { before: previous ?? null, after: value ?? null };
  }
  return changes;
}
