import { Column, Entity } from 'typeorm';
import type { DataSharingRole, LegalForm } from '@pacte/domain';
import { SoftDeletableEntity } from '../common/crud/versioned.entity';

@Entity('organisations')
export class Organisation extends SoftDeletableEntity {
  @Column('text') name: string;
  @Column('text', { name: 'short_name', nullable: true }) shortName: string | null;
  @Column('text', { name: 'legal_form' }) legalForm: LegalForm;
  @Column({ type: 'char', length: 14, nullable: true }) siret: string | null;
  @Column({ type: 'char', length: 9, nullable: true, insert: false, update: false }) siren: string | null;
  @Column('text', { name: 'address_line', nullable: true }) addressLine: string | null;
  @Column('text', { nullable: true }) postcode: string | null;
  @Column('text', { nullable: true }) city: string | null;
  @Column('text', { nullable: true }) website: string | null;
  @Column('uuid', { name: 'parent_id', nullable: true }) parentId: string | null;
  @Column({ type: 'text', name: 'data_sharing_roles', array: true, default: () => "'{}'" })
  dataSharingRoles: DataSharingRole[];
  @Column('text', { name: 'dpo_name', nullable: true }) dpoName: string | null;
  @Column('text', { name: 'dpo_email', nullable: true }) dpoEmail: string | null;
  @Column('text', { name: 'rights_contact', nullable: true }) rightsContact: string | null;
  @Column('text', { nullable: true }) notes: string | null;
  @Column('boolean', { default: true }) active: boolean;
}
