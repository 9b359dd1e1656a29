import type { ResidenceKind } from '@pacte/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { SoftDeletableEntity } from '../../common/crud/versioned.entity';

@Entity('residences')
export class Residence extends SoftDeletableEntity {
  @Column('text') name: string;
  @Column('uuid', { name: 'operator_id' }) operatorId: string;
  @Column('text') kind: ResidenceKind;
  @Column('text', { name: 'address_line', nullable: true }) addressLine: string | null;
  @Column('text', { nullable: true }) postcode: string | null;
  @Column('text', { nullable: true }) city: string | null;
  @Column('integer', { nullable: true }) capacity: number | null;
  /** Where residents exercise their rights and withdraw consent (Article 13 for the Résidence Abrioux). */
  @Column('text', { name: 'rights_email', nullable: true }) rightsEmail: string | null;
  @Column('text', { name: 'rights_postal_address', nullable: true }) rightsPostalAddress: string | null;
  @Column('integer', { name: 'retention_months_after_exit', default: 24 }) retentionMonthsAfterExit: number;
  @Column('text', { nullable: true }) notes: string | null;
}

/** A residence agent works at one residence: the scope of everything he sees about residents. */
@Entity('residence_staff')
export class ResidenceStaff {
  @PrimaryColumn('uuid', { name: 'user_id' }) userId: string;
  @Column('uuid', { name: 'residence_id' }) residenceId: string;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt: Date;
}
