import { IntersectionType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { TrimToNull, VersionedUpdate } from '../../common/crud/dto-helpers';
import { CalendarDay } from './resident.dto';

export class CreateContractTemplateDto {
  @IsUUID() residenceId: string;
  @TrimToNull() @IsString() @IsNotEmpty() @MaxLength(200) title: string;
  @TrimToNull() @IsString() @IsNotEmpty() @MaxLength(40) versionLabel: string;
  @IsNotEmpty() @CalendarDay() effectiveFrom: string;
  @IsString() @IsNotEmpty() @MaxLength(200000) body: string;
}

export class UpdateContractTemplateDto extends IntersectionType(
  PartialType(CreateContractTemplateDto),
  VersionedUpdate,
) {}

export class CreateResidencyContractDto {
  @IsUUID() residentId: string;
  @IsUUID() templateId: string;
  @IsNotEmpty() @CalendarDay() signedOn: string;
  @IsNotEmpty() @CalendarDay() startsOn: string;
  @IsOptional() @ValidateIf((_, v) => v !== null) @CalendarDay() endsOn?: string | null;
  @IsOptional() @IsBoolean() informedOfDataProcessing?: boolean;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(5000) notes?: string | null;
}

export class UpdateResidencyContractDto extends IntersectionType(
  PartialType(CreateResidencyContractDto),
  VersionedUpdate,
) {}
