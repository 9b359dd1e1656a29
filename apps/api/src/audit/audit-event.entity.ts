import { AUDIT_ACTIONS, type AuditAction } from '@pacte/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export { AUDIT_ACTIONS, type AuditAction };

/** One event of the append-only, hash-chained audit trail. `id`, `prevHash` and `hash` are set by the database. */
@Entity('audit_events')
export class AuditEvent {
  @PrimaryColumn('bigint') id: string;
  @Column('timestamptz', { name: 'occurred_at' }) occurredAt: Date;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId: string | null;
  @Column('text', { name: 'actor_email', nullable: true }) actorEmail: string | null;
  @Column('uuid', { name: 'actor_organisation_id', nullable: true }) actorOrganisationId: string | null;
  @Column('text') action: AuditAction;
  @Column('text', { name: 'entity_type', nullable: true }) entityType: string | null;
  @Column('text', { name: 'entity_id', nullable: true }) entityId: string | null;
  @Column('jsonb', { nullable: true }) changes: Record<string, { before: unknown; after: unknown }> | null;
  @Column('jsonb', { nullable: true }) details: Record<string, unknown> | null;
  @Column('text', { name: 'request_id', nullable: true }) requestId: string | null;
  @Column('text', { nullable: true }) ip: string | null;
  @Column('text', { name: 'prev_hash' }) prevHash: string;
  @Column('text') hash: string;
}
