import { ValidationError, ValidationPipe, ValidationPipeOptions } from '@nestjs/common';
import { DomainError, FieldError } from '@pacte/domain';

/** French messages for class-validator's constraints; numbers are taken from the default message. */
const MESSAGES: Record<string, (numbers: string[]) => string> = {
  whitelistValidation: () => 'Champ inconnu.',
  isNotEmpty: () => 'Ce champ est obligatoire.',
  isDefined: () => 'Ce champ est obligatoire.',
  isString: () => 'Texte attendu.',
  isEmail: () => 'Adresse électronique invalide.',
  isUuid: () => 'Identifiant invalide.',
  isUUID: () => 'Identifiant invalide.',
  isBoolean: () => 'Vrai ou faux attendu.',
  isInt: () => 'Nombre entier attendu.',
  isArray: () => 'Liste attendue.',
  isEnum: () => 'Valeur non autorisée.',
  isIn: () => 'Valeur non autorisée.',
  isIso8601: () => 'Date invalide (AAAA-MM-JJ).',
  isISO8601: () => 'Date invalide (AAAA-MM-JJ).',
  isDateString: () => 'Date invalide (AAAA-MM-JJ).',
  isUrl: () => 'Adresse web invalide.',
  isURL: () => 'Adresse web invalide.',
  maxLength: ([n]) => `Texte trop long (${n} caractères au plus).`,
  minLength: ([n]) => `Texte trop court (${n} caractères au moins).`,
  min: ([n]) => `La valeur doit être au moins ${n}.`,
  max: ([n]) => `La valeur doit être au plus ${n}.`,
  arrayMaxSize: ([n]) => `Au plus ${n} éléments.`,
  arrayUnique: () => 'Les éléments doivent être distincts.',
  matches: () => 'Format invalide.',
  nestedValidation: () => 'Objet invalide.',
};

function frenchMessage(constraint: string, english: string): string {
  // Messages written in French by a DTO (custom validators) are kept as they are.
  if (!MESSAGES[constraint]) return english;
  return MESSAGES[constraint](english.match(/\d+/g) ?? []);
}

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, english]) => ({
      field,
      message: frenchMessage(constraint, english),
    }));
    return [...own.slice(0, 1), ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export const VALIDATION_OPTIONS: ValidationPipeOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  transformOptions: { enableImplicitConversion: false },
  validationError: { target: false, value: false },
  exceptionFactory: (errors) => {
    const fields = flattenValidationErrors(errors);
    const message =
      fields.length === 1 ? `${fields[0].field} : ${fields[0].message}` : 'Certains champs sont invalides.';
    return new DomainError('VALIDATION_FAILED', message, fields);
  },
};

export function validationPipe(expectedType?: new () => object): ValidationPipe {
  return new ValidationPipe({ ...VALIDATION_OPTIONS, expectedType });
}
