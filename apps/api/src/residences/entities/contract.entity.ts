import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/crud/versioned.entity';

/** One version of a residence's contract template (contrat de résidence); frozen once a contract uses it. */
@Entity('contract_templates')
export class ContractTemplate extends VersionedEntity {
  @Column('uuid', { name: 'residence_id' }) residenceId: string;
  @Column('text') title: string;
  @Column('text', { name: 'version_label' }) versionLabel: string;
  @Column('date', { name: 'effective_from' }) effectiveFrom: string;
  @Column('text') body: string;
  @Column({ type: 'char', name: 'body_sha256', length: 64, insert: false, update: false }) bodySha256: string;
}

/** A resident's signed contract: it records that he was informed of data processing, not his consent. */
@Entity('residency_contracts')
export class ResidencyContract extends VersionedEntity {
  @Column('uuid', { name: 'resident_id' }) residentId: string;
  @Column('uuid', { name: 'template_id' }) templateId: string;
  @Column('date', { name: 'signed_on' }) signedOn: string;
  @Column('date', { name: 'starts_on' }) startsOn: string;
  @Column('date', { name: 'ends_on', nullable: true }) endsOn: string | null;
  @Column('boolean', { name: 'informed_of_data_processing', default: true })
  informedOfDataProcessing: boolean;
  @Column({ type: 'bytea', nullable: true, select: false, insert: false, update: false })
  document: Buffer | null;
  @Column({ type: 'text', name: 'document_name', nullable: true, insert: false, update: false })
  documentName: string | null;
  @Column({ type: 'text', name: 'document_type', nullable: true, insert: false, update: false })
  documentType: string | null;
  @Column({ type: 'integer', name: 'document_size', nullable: true, insert: false, update: false })
  documentSize: number | null;
  @Column({ type: 'char', name: 'document_sha256', length: 64, nullable: true, insert: false, update: false })
  documentSha256: string | null;
  @Column('text', { nullable: true }) notes: string | null;
}
