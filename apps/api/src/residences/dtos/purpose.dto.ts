import { IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { LEGAL_BASES, type LegalBasis } from '@pacte/domain';
import {
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { TrimToNull, VersionedUpdate } from '../../common/crud/dto-helpers';
import { CalendarDay } from './resident.dto';

export class CreatePurposeDto {
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'Code invalide : minuscules, chiffres et tirets (ex. « siao-synchro »).',
  })
  @MaxLength(60)
  code: string;
  @TrimToNull() @IsString() @IsNotEmpty() @MaxLength(300) label: string;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(5000) description?: string | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID() recipientId?: string | null;
  @IsIn(LEGAL_BASES) legalBasis: LegalBasis;
  @IsOptional() @IsBoolean() active?: boolean;
}

/** The code is what the integration and the ledger refer to: it never changes. */
export class UpdatePurposeDto extends IntersectionType(
  PartialType(OmitType(CreatePurposeDto, ['code'] as const)),
  VersionedUpdate,
) {}

export class CreateNoticeDto {
  @TrimToNull() @IsString() @IsNotEmpty() @MaxLength(40) versionLabel: string;
  @IsNotEmpty() @CalendarDay() effectiveFrom: string;
  @TrimToNull() @IsString() @IsNotEmpty() @MaxLength(20000) body: string;
}
