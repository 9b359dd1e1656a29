import { IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import {
  AGREEMENT_KINDS,
  EFFECTIVE_FROM,
  PARTY_ROLES,
  PERIOD_UNITS,
  RENEWAL_MODES,
  type AgreementKind,
  type EffectiveFrom,
  type PartyRole,
  type PeriodUnit,
  type RenewalMode,
} from '@pacte/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { TrimToNull, VersionedUpdate } from '../../common/crud/dto-helpers';
import { IsCalendarDate, IsCents } from './common';

export class AgreementPartyDto {
  @IsUUID() organisationId: string;
  @IsIn(PARTY_ROLES) role: PartyRole;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(200) representedBy?: string | null;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(200) capacity?: string | null;
  @IsOptional() @IsCents() contributionCents?: number | null;
}

export class CreateAgreementDto {
  @TrimToNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, {
    message: 'Référence invalide : lettres, chiffres, tirets (ex. CONV-2023-004).',
  })
  reference: string;
  @TrimToNull() @IsString() @IsNotEmpty() @MaxLength(300) title: string;
  @IsIn(AGREEMENT_KINDS) kind: AgreementKind;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(5000) object?: string | null;
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => AgreementPartyDto)
  parties?: AgreementPartyDto[];
  @IsOptional() @IsCalendarDate() signatureDate?: string | null;
  @IsOptional() @IsIn(EFFECTIVE_FROM) effectiveFrom?: EffectiveFrom;
  @IsOptional() @IsCalendarDate() effectiveDate?: string | null;
  @IsOptional() @IsCalendarDate() endDate?: string | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(1) durationValue?: number | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsIn(PERIOD_UNITS) durationUnit?: PeriodUnit | null;
  @IsOptional() @IsIn(RENEWAL_MODES) renewal?: RenewalMode;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(1) renewalPeriodValue?: number | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsIn(PERIOD_UNITS) renewalPeriodUnit?: PeriodUnit | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(0) noticePeriodValue?: number | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsIn(PERIOD_UNITS) noticePeriodUnit?: PeriodUnit | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(0) breachNoticeValue?: number | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsIn(PERIOD_UNITS) breachNoticeUnit?: PeriodUnit | null;
  @IsOptional() @IsCents() totalAmountCents?: number | null;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(2000) paymentSchedule?: string | null;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(5000) confidentiality?: string | null;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(500) dataRetention?: string | null;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(5000) securityMeasures?: string | null;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(2000) dpoContacts?: string | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID() supersedesId?: string | null;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(500) supersedesNote?: string | null;
  @IsOptional() @IsCalendarDate() prefectureDepositDate?: string | null;
  @IsOptional() @IsCalendarDate() publicationDate?: string | null;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(10000) notes?: string | null;
  /** Registering an agreement already signed (the usual case) records its signature at once. */
  @IsOptional() @IsIn(['draft', 'signed']) lifecycleState?: 'draft' | 'signed';
}

export class UpdateAgreementDto extends IntersectionType(
  PartialType(OmitType(CreateAgreementDto, ['lifecycleState'] as const)),
  VersionedUpdate,
) {}

export class TransitionDto {
  @IsIn(['draft', 'approved', 'signed', 'in_force', 'expired', 'terminated']) to: string;
  @TrimToNull() @IsString() @IsNotEmpty() @MaxLength(2000) reason: string;
  @IsOptional() @IsCalendarDate() date?: string | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID() deliberationId?: string | null;
}

export class RenewalDto {
  @IsDefined() @IsCalendarDate() decisionDate: string;
  @IsOptional() @IsCalendarDate() termEnd?: string | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID() deliberationId?: string | null;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(2000) note?: string | null;
}
