import { IntersectionType, PartialType } from '@nestjs/swagger';
import { EARLIEST_BIRTH_DATE, isCalendarDay, parisDay, SEXES, type Sex } from '@pacte/domain';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { Rule, TrimToNull, VersionedUpdate } from '../../common/crud/dto-helpers';

export const CalendarDay = () => Rule('isCalendarDay', isCalendarDay, 'Date invalide (AAAA-MM-JJ).');
const BirthDateNotBefore1900 = () =>
  Rule(
    'birthDateNotBefore1900',
    (v) => !isCalendarDay(v) || v >= EARLIEST_BIRTH_DATE,
    'La date de naissance ne peut pas être antérieure au 1er janvier 1900.',
  );
const BirthDateNotInFuture = () =>
  Rule(
    'birthDateNotInFuture',
    (v) => !isCalendarDay(v) || v <= parisDay(new Date()),
    'La date de naissance ne peut pas être dans le futur.',
  );

export class CreateResidentDto {
  @IsUUID() residenceId: string;
  @TrimToNull() @IsString() @IsNotEmpty() @MaxLength(100) lastName: string;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(100) birthName?: string | null;
  @TrimToNull() @IsString() @IsNotEmpty() @MaxLength(200) firstName: string;
  @IsNotEmpty() @CalendarDay() @BirthDateNotBefore1900() @BirthDateNotInFuture() birthDate: string;
  @IsIn(SEXES) sex: Sex;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(40) unit?: string | null;
  @IsNotEmpty() @CalendarDay() entryDate: string;
  @IsOptional() @ValidateIf((_, v) => v !== null) @CalendarDay() exitDate?: string | null;
  @IsOptional() @IsInt() @Min(1) @Max(20) adults?: number;
  @IsOptional() @IsInt() @Min(0) @Max(20) children?: number;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(5000) notes?: string | null;
}

export class UpdateResidentDto extends IntersectionType(PartialType(CreateResidentDto), VersionedUpdate) {}
