import { Column, Entity } from 'typeorm';
import { SoftDeletableEntity } from '../common/crud/versioned.entity';

@Entity('contacts')
export class Contact extends SoftDeletableEntity {
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('text', { name: 'last_name' }) lastName: string;
  @Column('text', { name: 'first_name', nullable: true }) firstName: string | null;
  @Column('text', { name: 'job_title', nullable: true }) jobTitle: string | null;
  @Column('text', { nullable: true }) email: string | null;
  @Column('text', { nullable: true }) phone: string | null;
  @Column('boolean', { name: 'professional_secrecy', default: false }) professionalSecrecy: boolean;
  @Column('boolean', { default: true }) active: boolean;
  @Column('text', { nullable: true }) notes: string | null;
}
