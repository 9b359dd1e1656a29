import type { DeliberationBody, RepresentedMember, VoteKind } from '@pacte/domain';
import { Column, Entity } from 'typeorm';
import { SoftDeletableEntity } from '../../common/crud/versioned.entity';

@Entity('deliberations')
export class Deliberation extends SoftDeletableEntity {
  @Column('text') body: DeliberationBody;
  @Column('text') number: string;
  @Column('date', { name: 'session_date' }) sessionDate: string;
  @Column('date', { name: 'convocation_date', nullable: true }) convocationDate: string | null;
  @Column('text', { nullable: true }) president: string | null;
  @Column('integer', { name: 'members_in_office' }) membersInOffice: number;
  @Column('jsonb', { name: 'members_present', default: () => "'[]'" }) membersPresent: string[];
  @Column('jsonb', { name: 'members_represented', default: () => "'[]'" })
  membersRepresented: RepresentedMember[];
  @Column('jsonb', { name: 'members_excused', default: () => "'[]'" }) membersExcused: string[];
  @Column('text') subject: string;
  @Column('text', { nullable: true }) decision: string | null;
  @Column('text', { name: 'vote_kind', default: 'unanimity' }) voteKind: VoteKind;
  @Column('integer', { name: 'votes_for', nullable: true }) votesFor: number | null;
  @Column('integer', { name: 'votes_against', nullable: true }) votesAgainst: number | null;
  @Column('integer', { nullable: true }) abstentions: number | null;
  @Column('date', { name: 'publication_date', nullable: true }) publicationDate: string | null;
  @Column('date', { name: 'prefecture_deposit_date', nullable: true }) prefectureDepositDate: string | null;
  @Column('uuid', { name: 'agreement_ids', array: true, default: () => "'{}'" }) agreementIds: string[];
  @Column('text', { nullable: true }) notes: string | null;
}
