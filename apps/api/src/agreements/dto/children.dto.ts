import { IntersectionType, PartialType, PickType } from '@nestjs/swagger';
import {
  DELIBERATION_BODIES,
  DOCUMENT_KINDS,
  PERIOD_UNITS,
  RECORDED_OBLIGATION_STATUSES,
  RECURRENCES,
  RENEWAL_MODES,
  VOTE_KINDS,
} from '@pacte/domain';
import type {
  DeliberationBody,
  DocumentKind,
  PeriodUnit,
  RecordedObligationStatus,
  Recurrence,
  RenewalMode,
  VoteKind,
} from '@pacte/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { TrimToNull, VersionedUpdate } from '../../common/crud/dto-helpers';
import { IsCalendarDate, IsCents } from './common';

/** What an amendment may change in the agreement (dates, duration, renewal, amounts). */
export class AmendmentChangesDto {
  @IsOptional() @IsCalendarDate() endDate?: string | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(1) durationValue?: number | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsIn(PERIOD_UNITS) durationUnit?: PeriodUnit | null;
  @IsOptional() @IsCalendarDate() effectiveDate?: string | null;
  @IsOptional() @IsIn(RENEWAL_MODES) renewal?: RenewalMode;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(1) renewalPeriodValue?: number | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsIn(PERIOD_UNITS) renewalPeriodUnit?: PeriodUnit | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(0) noticePeriodValue?: number | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsIn(PERIOD_UNITS) noticePeriodUnit?: PeriodUnit | null;
  @IsOptional() @IsCents() totalAmountCents?: number | null;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(2000) paymentSchedule?: string | null;
}

export class CreateAmendmentDto {
  @IsUUID() agreementId: string;
  @IsInt() @Min(1) number: number;
  @IsDefined() @IsCalendarDate() date: string;
  @TrimToNull() @IsString() @IsNotEmpty() @MaxLength(5000) summary: string;
  @IsOptional() @ValidateNested() @Type(() => AmendmentChangesDto) changes?: AmendmentChangesDto | null;
}
/** The number, date and summary can be corrected; what an amendment changed is history. */
export class UpdateAmendmentDto extends IntersectionType(
  PartialType(PickType(CreateAmendmentDto, ['date', 'summary'] as const)),
  VersionedUpdate,
) {}

export class CreateObligationDto {
  @IsUUID() agreementId: string;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID() partyOrganisationId?: string | null;
  @TrimToNull() @IsString() @IsNotEmpty() @MaxLength(2000) description: string;
  @IsOptional() @IsCalendarDate() dueDate?: string | null;
  @IsOptional() @IsIn(RECURRENCES) recurrence?: Recurrence;
  @IsOptional() @IsIn(RECORDED_OBLIGATION_STATUSES) status?: RecordedObligationStatus;
  @IsOptional() @IsCalendarDate() doneOn?: string | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID() evidenceDocumentId?: string | null;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(5000) notes?: string | null;
}
export class UpdateObligationDto extends IntersectionType(
  PartialType(CreateObligationDto),
  VersionedUpdate,
) {}

export class CreateMeetingDto {
  @IsUUID() agreementId: string;
  @TrimToNull() @IsString() @IsNotEmpty() @MaxLength(300) title: string;
  @IsIn(RECURRENCES) recurrence: Recurrence;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(2000) participants?: string | null;
  @IsOptional() @IsCalendarDate() nextDate?: string | null;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(5000) notes?: string | null;
}
export class UpdateMeetingDto extends IntersectionType(PartialType(CreateMeetingDto), VersionedUpdate) {}

export class UpdateDocumentDto extends VersionedUpdate {
  @IsOptional() @TrimToNull() @IsString() @IsNotEmpty() @MaxLength(300) title?: string;
  @IsOptional() @IsIn(DOCUMENT_KINDS) kind?: DocumentKind;
}

export class UploadDocumentDto {
  @IsUUID() agreementId: string;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(300) title?: string | null;
  @IsOptional() @IsIn(DOCUMENT_KINDS) kind?: DocumentKind;
}

export class RepresentedMemberDto {
  @TrimToNull() @IsString() @IsNotEmpty() @MaxLength(200) member: string;
  @TrimToNull() @IsString() @IsNotEmpty() @MaxLength(200) by: string;
}

export class CreateDeliberationDto {
  @IsIn(DELIBERATION_BODIES) body: DeliberationBody;
  @TrimToNull() @IsString() @IsNotEmpty() @MaxLength(40) number: string;
  @IsDefined() @IsCalendarDate() sessionDate: string;
  @IsOptional() @IsCalendarDate() convocationDate?: string | null;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(200) president?: string | null;
  @IsInt() @Min(1) membersInOffice: number;
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  membersPresent?: string[];
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => RepresentedMemberDto)
  membersRepresented?: RepresentedMemberDto[];
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  membersExcused?: string[];
  @TrimToNull() @IsString() @IsNotEmpty() @MaxLength(1000) subject: string;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(20000) decision?: string | null;
  @IsOptional() @IsIn(VOTE_KINDS) voteKind?: VoteKind;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(0) votesFor?: number | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(0) votesAgainst?: number | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(0) abstentions?: number | null;
  @IsOptional() @IsCalendarDate() publicationDate?: string | null;
  @IsOptional() @IsCalendarDate() prefectureDepositDate?: string | null;
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  agreementIds?: string[];
  @IsOptional() @TrimToNull() @IsString() @MaxLength(10000) notes?: string | null;
}
export class UpdateDeliberationDto extends IntersectionType(
  PartialType(CreateDeliberationDto),
  VersionedUpdate,
) {}
