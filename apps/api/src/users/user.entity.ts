import { Column, Entity } from 'typeorm';
import type { Role } from '@pacte/domain';
import { VersionedEntity } from '../common/crud/versioned.entity';

@Entity('users')
export class User extends VersionedEntity {
  @Column('text') email: string;
  @Column('text', { name: 'display_name' }) displayName: string;
  @Column('text') role: Role;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('text', { name: 'password_hash', select: false }) passwordHash: string;
  @Column('boolean', { default: true }) active: boolean;
  @Column('timestamptz', { name: 'last_login_at', nullable: true }) lastLoginAt: Date | null;
  @Column('timestamptz', { name: 'password_changed_at', default: () => 'now()' }) passwordChangedAt: Date;
}
