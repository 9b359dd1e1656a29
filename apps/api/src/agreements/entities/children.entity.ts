import type { DocumentKind, RecordedObligationStatus, Recurrence } from '@pacte/domain';
import { Column, Entity } from 'typeorm';
import { SoftDeletableEntity, VersionedEntity } from '../../common/crud/versioned.entity';

/** An amendment (avenant); when it changes dates or amounts, the agreement before and after is kept. */
@Entity('agreement_amendments')
export class AgreementAmendment extends VersionedEntity {
  @Column('uuid', { name: 'agreement_id' }) agreementId: string;
  @Column('integer') number: number;
  @Column('date') date: string;
  @Column('text') summary: string;
  @Column('jsonb', { nullable: true }) changes: Record<string, unknown> | null;
  @Column('jsonb', { name: 'before_snapshot', nullable: true }) beforeSnapshot: Record<
    string,
    unknown
  > | null;
  @Column('jsonb', { name: 'after_snapshot', nullable: true }) afterSnapshot: Record<string, unknown> | null;
}

/** A commitment of a party (engagement): deliverable, report, participation… */
@Entity('agreement_obligations')
export class AgreementObligation extends VersionedEntity {
  @Column('uuid', { name: 'agreement_id' }) agreementId: string;
  @Column('uuid', { name: 'party_organisation_id', nullable: true }) partyOrganisationId: string | null;
  @Column('text') description: string;
  @Column('date', { name: 'due_date', nullable: true }) dueDate: string | null;
  @Column('text', { default: 'once' }) recurrence: Recurrence;
  @Column('text', { default: 'todo' }) status: RecordedObligationStatus;
  @Column('date', { name: 'done_on', nullable: true }) doneOn: string | null;
  @Column('uuid', { name: 'evidence_document_id', nullable: true }) evidenceDocumentId: string | null;
  @Column('text', { nullable: true }) notes: string | null;
}

/** A coordination meeting series (CCAS–ADOMA art. 5: bimonthly points, twice-yearly coordination, annual steering committee). */
@Entity('agreement_meetings')
export class AgreementMeeting extends VersionedEntity {
  @Column('uuid', { name: 'agreement_id' }) agreementId: string;
  @Column('text') title: string;
  @Column('text') recurrence: Recurrence;
  @Column('text', { nullable: true }) participants: string | null;
  @Column('date', { name: 'next_date', nullable: true }) nextDate: string | null;
  @Column('text', { nullable: true }) notes: string | null;
}

/** A document's metadata; its bytes live in `agreement_document_contents`, read only on download. */
@Entity('agreement_documents')
export class AgreementDocument extends SoftDeletableEntity {
  @Column('uuid', { name: 'agreement_id' }) agreementId: string;
  @Column('text', { default: 'other' }) kind: DocumentKind;
  @Column('text') title: string;
  @Column('text', { name: 'file_name' }) fileName: string;
  @Column('text', { name: 'media_type' }) mediaType: string;
  @Column('integer', { name: 'size_bytes' }) sizeBytes: number;
  @Column({ type: 'char', length: 64 }) sha256: string;
  @Column('uuid', { name: 'uploaded_by', nullable: true }) uploadedBy: string | null;
}
