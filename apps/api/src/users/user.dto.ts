import { ApiProperty, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { ROLES, type Role } from '@pacte/domain';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { TrimToNull, VersionedUpdate } from '../common/crud/dto-helpers';

export class CreateUserDto {
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail()
  @MaxLength(320)
  email: string;
  @TrimToNull() @IsString() @IsNotEmpty() @MaxLength(120) displayName: string;
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES) role: Role;
  @IsUUID() organisationId: string;
  @IsOptional() @IsBoolean() active?: boolean;
  /** Optional: when absent a strong password is generated and returned once. */
  @IsOptional() @IsString() @MaxLength(1024) password?: string;
}

export class UpdateUserDto extends IntersectionType(
  PartialType(OmitType(CreateUserDto, ['password', 'email'] as const)),
  VersionedUpdate,
) {}

export class ResetPasswordDto {
  @IsOptional() @IsString() @MaxLength(1024) password?: string;
}
