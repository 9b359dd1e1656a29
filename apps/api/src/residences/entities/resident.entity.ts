import type { Sex } from '@pacte/domain';
import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/crud/versioned.entity';

/** The data subject: kept minimal. */
@Entity('residents')
export class Resident extends VersionedEntity {
  @Column('uuid', { name: 'residence_id' }) residenceId: string;
  @Column('text', { name: 'last_name' }) lastName: string;
  @Column('text', { name: 'birth_name', nullable: true }) birthName: string | null;
  @Column('text', { name: 'first_names' }) firstName: string;
  @Column('date', { name: 'birth_date' }) birthDate: string;
  @Column('char', { length: 1 }) sex: Sex;
  @Column('text', { nullable: true }) unit: string | null;
  @Column('date', { name: 'entry_date' }) entryDate: string;
  @Column('date', { name: 'exit_date', nullable: true }) exitDate: string | null;
  @Column('integer', { default: 1 }) adults: number;
  @Column('integer', { default: 0 }) children: number;
  @Column('text', { nullable: true }) notes: string | null;
}
