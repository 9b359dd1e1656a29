import { IntersectionType, PartialType } from '@nestjs/swagger';
import { RESIDENCE_KINDS, type ResidenceKind } from '@pacte/domain';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { TrimToNull, VersionedUpdate } from '../../common/crud/dto-helpers';

export class CreateResidenceDto {
  @TrimToNull() @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @IsUUID() operatorId: string;
  @IsIn(RESIDENCE_KINDS) kind: ResidenceKind;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(300) addressLine?: string | null;
  @IsOptional()
  @TrimToNull()
  @Matches(/^(\d{5}|\d{2} ?\d{3})$/, { message: 'Code postal invalide (5 chiffres).' })
  postcode?: string | null;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(120) city?: string | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(0) @Max(10000) capacity?: number | null;
  @IsOptional() @TrimToNull() @ValidateIf((_, v) => v !== null) @IsEmail() rightsEmail?: string | null;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(300) rightsPostalAddress?: string | null;
  @IsOptional() @IsInt() @Min(0) @Max(240) retentionMonthsAfterExit?: number;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(5000) notes?: string | null;
}

export class UpdateResidenceDto extends IntersectionType(PartialType(CreateResidenceDto), VersionedUpdate) {}

export class ResidenceStaffDto {
  @IsArray() @ArrayUnique() @ArrayMaxSize(200) @IsUUID('all', { each: true }) userIds: string[];
}
