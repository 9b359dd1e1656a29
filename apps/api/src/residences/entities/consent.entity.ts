import type { CollectionMethod, ConsentDecision, LegalBasis, WithdrawalChannel } from '@pacte/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { VersionedEntity } from '../../common/crud/versioned.entity';

/** A purpose (finalité) residents decide on, one by one. */
@Entity('purposes')
export class Purpose extends VersionedEntity {
  @Column('text') code: string;
  @Column('text') label: string;
  @Column('text', { nullable: true }) description: string | null;
  @Column('uuid', { name: 'recipient_id', nullable: true }) recipientId: string | null;
  @Column('text', { name: 'legal_basis' }) legalBasis: LegalBasis;
  @Column('boolean', { default: true }) active: boolean;
}

/** A version of a purpose's information notice, as shown to the resident. Never changes. */
@Entity('purpose_notices')
export class PurposeNotice {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'purpose_id' }) purposeId: string;
  @Column('text', { name: 'version_label' }) versionLabel: string;
  @Column('date', { name: 'effective_from' }) effectiveFrom: string;
  @Column('text') body: string;
  @Column('char', { name: 'body_sha256', length: 64 }) bodySha256: string;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}

/** One event of the append-only consent ledger (resident × purpose × recipient). */
@Entity('consents')
export class ConsentEvent {
  @PrimaryColumn('uuid') id: string;
  @Column('bigint') seq: string;
  @Column('uuid', { name: 'resident_id' }) residentId: string;
  @Column('uuid', { name: 'purpose_id' }) purposeId: string;
  @Column('uuid', { name: 'recipient_id', nullable: true }) recipientId: string | null;
  @Column('text') decision: ConsentDecision;
  @Column('timestamptz', { name: 'decided_at' }) decidedAt: Date;
  @Column('uuid', { name: 'notice_id' }) noticeId: string;
  @Column('text', { nullable: true }) method: CollectionMethod | null;
  @Column('text', { nullable: true }) channel: WithdrawalChannel | null;
  @Column('uuid', { name: 'collected_by' }) collectedBy: string;
  @Column('uuid', { name: 'corrects_id', nullable: true }) correctsId: string | null;
  @Column('text', { nullable: true }) note: string | null;
  @Column('bytea', { nullable: true, select: false }) evidence: Buffer | null;
  @Column('text', { name: 'evidence_name', nullable: true }) evidenceName: string | null;
  @Column('text', { name: 'evidence_type', nullable: true }) evidenceType: string | null;
  @Column('integer', { name: 'evidence_size', nullable: true }) evidenceSize: number | null;
  @Column('char', { name: 'evidence_sha256', length: 64, nullable: true }) evidenceSha256: string | null;
  @Column('timestamptz', { name: 'recorded_at' }) recordedAt: Date;
}
