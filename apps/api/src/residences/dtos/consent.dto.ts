import {
  COLLECTION_METHODS,
  CONSENT_DECISIONS,
  WITHDRAWAL_CHANNELS,
  type CollectionMethod,
  type ConsentDecision,
  type WithdrawalChannel,
} from '@pacte/domain';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { TrimToNull } from '../../common/crud/dto-helpers';
import { CalendarDay } from './resident.dto';

/** ISO 8601 date or date-time; without an offset it is Paris time (the residence's). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * One event for the ledger. Sent as JSON, or as multipart/form-data with the same fields plus the
 * `evidence` file (a scan of the signed form): every field is therefore a string.
 */
export class CreateConsentDto {
  @IsUUID() residentId: string;
  @IsString() @IsNotEmpty() @MaxLength(60) purpose: string;
  @IsIn(CONSENT_DECISIONS) decision: ConsentDecision;
  @IsString()
  @Matches(ISO_INSTANT, { message: 'Date et heure invalides (AAAA-MM-JJTHH:MM, ISO 8601).' })
  decidedAt: string;
  @IsOptional() @IsIn(COLLECTION_METHODS) method?: CollectionMethod;
  @IsOptional() @IsIn(WITHDRAWAL_CHANNELS) channel?: WithdrawalChannel;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(40) noticeVersion?: string | null;
  /** The event this one corrects (which then no longer counts). */
  @IsOptional() @IsUUID() correctsId?: string;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(2000) note?: string | null;
}

export class ActiveConsentsQuery {
  @IsString()
  @IsNotEmpty({ message: 'Finalité obligatoire (ex. purpose=siao-synchro).' })
  @MaxLength(60)
  purpose: string;
  @IsNotEmpty({ message: 'Date obligatoire (ex. at=2026-11-10).' }) @CalendarDay() at: string;
}
