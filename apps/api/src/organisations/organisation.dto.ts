import { PartialType, IntersectionType } from '@nestjs/swagger';
import {
  DATA_SHARING_ROLES,
  isValidSiret,
  LEGAL_FORMS,
  normaliseSiret,
  type DataSharingRole,
  type LegalForm,
} from '@pacte/domain';
import { Transform } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { Rule, TrimToNull, VersionedUpdate } from '../common/crud/dto-helpers';

export class CreateOrganisationDto {
  @TrimToNull() @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(60) shortName?: string | null;
  @IsIn(LEGAL_FORMS) legalForm: LegalForm;
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? normaliseSiret(value) || null : value))
  @Rule(
    'isSiret',
    (v) => typeof v === 'string' && isValidSiret(v),
    'SIRET invalide : 14 chiffres avec une clé de contrôle correcte.',
  )
  siret?: string | null;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(300) addressLine?: string | null;
  @IsOptional()
  @TrimToNull()
  @Matches(/^(\d{5}|\d{2} ?\d{3})$/, { message: 'Code postal invalide (5 chiffres).' })
  postcode?: string | null;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(120) city?: string | null;
  @IsOptional()
  @TrimToNull()
  @ValidateIf((_, v) => v !== null)
  @IsUrl({ require_protocol: false })
  @MaxLength(300)
  website?: string | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID() parentId?: string | null;
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(DATA_SHARING_ROLES, { each: true })
  dataSharingRoles?: DataSharingRole[];
  @IsOptional() @TrimToNull() @IsString() @MaxLength(200) dpoName?: string | null;
  @IsOptional() @TrimToNull() @ValidateIf((_, v) => v !== null) @IsEmail() dpoEmail?: string | null;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(500) rightsContact?: string | null;
  @IsOptional() @TrimToNull() @IsString() @MaxLength(5000) notes?: string | null;
  @IsOptional() @IsBoolean() active?: boolean;
}

export class UpdateOrganisationDto extends IntersectionType(
  PartialType(CreateOrganisationDto),
  VersionedUpdate,
) {}
