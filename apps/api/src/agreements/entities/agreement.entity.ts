import type {
  AgreementKind,
  AgreementState,
  EffectiveFrom,
  PartyRole,
  PeriodUnit,
  RenewalMode,
} from '@pacte/domain';
import { Column, Entity } from 'typeorm';
import { SoftDeletableEntity } from '../../common/crud/versioned.entity';

/** A party to an agreement, kept with the agreement (edited, validated and saved together). */
export interface AgreementParty {
  organisationId: string;
  role: PartyRole;
  representedBy?: string | null;
  capacity?: string | null;
  contributionCents?: number | null;
}

@Entity('agreements')
export class Agreement extends SoftDeletableEntity {
  @Column('text') reference: string;
  @Column('text') title: string;
  @Column('text') kind: AgreementKind;
  @Column('text', { nullable: true }) object: string | null;
  @Column('jsonb', { default: () => "'[]'" }) parties: AgreementParty[];
  @Column('uuid', { name: 'partner_ids', array: true, default: () => "'{}'" }) partnerIds: string[];
  @Column('date', { name: 'signature_date', nullable: true }) signatureDate: string | null;
  @Column('text', { name: 'effective_from', default: 'signature' }) effectiveFrom: EffectiveFrom;
  @Column('date', { name: 'effective_date', nullable: true }) effectiveDate: string | null;
  @Column('date', { name: 'end_date', nullable: true }) endDate: string | null;
  @Column('integer', { name: 'duration_value', nullable: true }) durationValue: number | null;
  @Column('text', { name: 'duration_unit', nullable: true }) durationUnit: PeriodUnit | null;
  @Column('text', { default: 'none' }) renewal: RenewalMode;
  @Column('integer', { name: 'renewal_period_value', nullable: true }) renewalPeriodValue: number | null;
  @Column('text', { name: 'renewal_period_unit', nullable: true }) renewalPeriodUnit: PeriodUnit | null;
  @Column('integer', { name: 'notice_period_value', nullable: true }) noticePeriodValue: number | null;
  @Column('text', { name: 'notice_period_unit', nullable: true }) noticePeriodUnit: PeriodUnit | null;
  @Column('integer', { name: 'breach_notice_value', nullable: true }) breachNoticeValue: number | null;
  @Column('text', { name: 'breach_notice_unit', nullable: true }) breachNoticeUnit: PeriodUnit | null;
  @Column('bigint', { name: 'total_amount_cents', nullable: true }) totalAmountCents: string | number | null;
  @Column('text', { name: 'payment_schedule', nullable: true }) paymentSchedule: string | null;
  @Column('text', { nullable: true }) confidentiality: string | null;
  @Column('text', { name: 'data_retention', nullable: true }) dataRetention: string | null;
  @Column('text', { name: 'security_measures', nullable: true }) securityMeasures: string | null;
  @Column('text', { name: 'dpo_contacts', nullable: true }) dpoContacts: string | null;
  @Column('uuid', { name: 'supersedes_id', nullable: true }) supersedesId: string | null;
  @Column('text', { name: 'supersedes_note', nullable: true }) supersedesNote: string | null;
  @Column('date', { name: 'prefecture_deposit_date', nullable: true }) prefectureDepositDate: string | null;
  @Column('date', { name: 'publication_date', nullable: true }) publicationDate: string | null;
  @Column('text', { nullable: true }) notes: string | null;
  @Column('text', { name: 'lifecycle_state', default: 'draft' }) lifecycleState: AgreementState;
}
