import { IntersectionType, PartialType } from '@nestjs/swagger';
import {
  IsBoolean,
  IsEmail,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { TrimToNull, VersionedUpdate } from '../common/crud/dto-helpers';

export class CreateContactDto {
  @IsUUID() organisationId: string;
  @TrimToNull() @IsString() @IsNotEmpty() @MaxLength(120) lastName: string;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(120) firstName?: string | null;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(200) jobTitle?: string | null;
  @IsOptional() @TrimToNull() @ValidateIf((_, v) => v !== null) @IsEmail() email?: string | null;
  @IsOptional()
  @TrimToNull()
  @Matches(/^\+?[0-9 .()-]{6,25}$/, { message: 'Numéro de téléphone invalide.' })
  phone?: string | null;
  @IsOptional() @IsBoolean() professionalSecrecy?: boolean;
  @IsOptional() @IsBoolean() active?: boolean;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(5000) notes?: string | null;
}

export class UpdateContactDto extends IntersectionType(PartialType(CreateContactDto), VersionedUpdate) {}
